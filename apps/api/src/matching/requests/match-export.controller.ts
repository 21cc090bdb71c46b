import { Controller, Get, Header, HttpException, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, ErrorCode, unauthenticated } from '@app/core';
import { AuthService } from '@app/identity';
import { MatchDashboardService, reportLang } from '@app/matching';

const STATUS: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** The CSV as a download, for spreadsheets; same rights as the GraphQL field (bearer token, coordinators). */
@Controller('export')
export class MatchExportController {
  constructor(
    private readonly auth: AuthService,
    private readonly dashboard: MatchDashboardService,
  ) {}

  @Get('match-requests.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="match-requests.csv"')
  async csv(@Req() req: Request, @Query('from') from = '', @Query('to') to = ''): Promise<string> {
    try {
      const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
      if (!match) throw unauthenticated();
      return await this.dashboard.csv(this.auth.verifyAccessToken(match[1]), String(from), String(to), reportLang(req.headers['accept-language']));
    } catch (error) {
      if (error instanceof DomainError && STATUS[error.code]) throw new HttpException({ code: error.code, message: error.message }, STATUS[error.code] as number);
      throw error;
    }
  }
}

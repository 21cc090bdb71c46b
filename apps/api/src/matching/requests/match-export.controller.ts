import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '@app/core';
import { MatchDashboardService, reportLang } from '@app/matching';
import { CurrentActor } from '../../graphql/auth';

/** The CSV as a download, for spreadsheets; same rights as the GraphQL field (bearer token, coordinators). */
@Controller('export')
export class MatchExportController {
  constructor(private readonly dashboard: MatchDashboardService) {}

  @Get('match-requests.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="match-requests.csv"')
  csv(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Query('from') from: unknown = '',
    @Query('to') to: unknown = '',
  ): Promise<string> {
    return this.dashboard.csv(
      actor,
      typeof from === 'string' ? from : '',
      typeof to === 'string' ? to : '',
      reportLang(req.headers['accept-language']),
    );
  }
}

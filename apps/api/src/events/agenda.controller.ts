import { Controller, Get, Header, HttpException, Param, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError, ErrorCode, unauthenticated } from '@app/core';
import { AgendaService } from '@app/events';
import { AuthService } from '@app/identity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429,
};

/** The agenda as an iCalendar file, for calendar apps: GET /events/:id/agenda.ics with a bearer token. */
@Controller('events')
export class AgendaController {
  constructor(
    private readonly auth: AuthService,
    private readonly agendas: AgendaService,
  ) {}

  @Get(':id/agenda.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="agenda.ics"')
  async agenda(@Req() req: Request, @Param('id') id: string, @Query('participantId') participantId?: string): Promise<string> {
    try {
      const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
      if (!match) throw unauthenticated();
      const actor = await this.auth.verifyAccessToken(match[1]);
      if (!UUID.test(id) || (participantId && !UUID.test(participantId))) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'id and participantId must be UUIDs');
      return await this.agendas.ics(actor, id.toLowerCase(), participantId?.toLowerCase() ?? null);
    } catch (error) {
      // REST has no error formatter: domain codes become HTTP statuses here, anything else stays a 500.
      if (error instanceof DomainError) throw new HttpException({ code: error.code, message: error.message }, STATUS[error.code]);
      throw error;
    }
  }
}

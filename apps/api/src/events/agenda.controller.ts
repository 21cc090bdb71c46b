import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import type { Actor } from '@app/core';
import { AgendaService } from '@app/events';
import { CurrentActor } from '../graphql/auth';
import { UuidPipe } from '../graphql/uuid.pipe';

/** The agenda as an iCalendar file, for calendar apps: GET /events/:id/agenda.ics with a bearer token. */
@Controller('events')
export class AgendaController {
  constructor(private readonly agendas: AgendaService) {}

  @Get(':id/agenda.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="agenda.ics"')
  agenda(
    @CurrentActor() actor: Actor,
    @Param('id', UuidPipe) id: string,
    @Query('participantId', UuidPipe) participantId?: string,
  ): Promise<string> {
    return this.agendas.ics(actor, id, participantId ?? null);
  }
}

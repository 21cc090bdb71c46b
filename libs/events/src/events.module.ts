import { Module } from '@nestjs/common';
import { CatalogModule } from '@app/catalog';
import { IdentityModule } from '@app/identity';
import { MatchingModule, MatchRequestsModule } from '@app/matching';
import { EventRepository } from './repositories/event.repository';
import { MeetingRepository } from './repositories/meeting.repository';
import { AgendaService } from './services/agenda.service';
import { EventDayService } from './services/day.service';
import { EventService } from './services/event.service';
import { ParticipantService } from './services/participant.service';
import { MeetingRequestService } from './services/request.service';
import { ScheduleService } from './services/schedule.service';
import { ScheduleEditService } from './services/schedule-edit.service';
import { SuggestionService } from './services/suggestion.service';
import { EventNotices } from './services/event-notices';
import { EventSweepService } from './services/event-sweep.service';
import { BoardService } from './services/board.service';
import { CalendarService } from './services/calendar.service';

const SERVICES = [
  EventService,
  ParticipantService,
  MeetingRequestService,
  SuggestionService,
  ScheduleService,
  ScheduleEditService,
  AgendaService,
  EventDayService,
  EventSweepService,
  BoardService,
  CalendarService,
];

/** Matchmaking events. Needs a SearchEngine provider in scope (through MatchingModule, for suggestions). */
@Module({
  imports: [IdentityModule, CatalogModule, MatchingModule, MatchRequestsModule],
  providers: [EventRepository, MeetingRepository, EventNotices, ...SERVICES],
  exports: SERVICES,
})
export class EventsModule {}

/** The events feature (entities, services, module); the pure scheduler is exported beside it from index.ts. */
export {
  EVENT_ENTITIES,
  EventEntity,
  EventSlotEntity,
  EventTableEntity,
  MeetingEntity,
  MeetingRequestEntity,
  ParticipantEntity,
  RoadshowEntity,
} from './entities/event.entities';
export * from './domain/values';
export { effectiveStatus, eventDayEnd, participantLabel, registrationClosed } from './domain/rules';
export { buildIcs, type IcsEntry } from './domain/ics';
export { slotGrid } from './domain/grid';
export { type AdvancedMatches, FOLLOW_UP_DAYS, FORWARD_STAGES, type ForwardStage } from './domain/advanced';
export type { EventDetail } from './repositories/event.repository';
export * from './services/event.service';
export * from './services/participant.service';
export * from './services/request.service';
export * from './services/suggestion.service';
export * from './services/schedule.service';
export * from './services/schedule-edit.service';
export * from './services/agenda.service';
export * from './services/day.service';
export * from './services/board.service';
export { CalendarService } from './services/calendar.service';
export { EventSweepService, MEETING_REQUEST_WARNING_MS } from './services/event-sweep.service';
export { EventsModule } from './events.module';

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, currentLanguage, localise } from '@app/core';
import {
  AgendaService,
  EventDayService,
  MeetingRequestService,
  ScheduleEditService,
  ScheduleService,
  SuggestionService,
} from '@app/events';
import { CurrentActor } from '../graphql/auth';
import { UuidPipe } from '../graphql/uuid.pipe';
import {
  AddMeetingInput,
  AttendanceInput,
  LockMeetingInput,
  MoveMeetingInput,
  OutcomeInput,
  PlaceMeetingInput,
  RespondMeetingRequestInput,
  SendMeetingRequestInput,
} from './dto/events.inputs';
import {
  MeetingModel,
  MeetingPlaceModel,
  MeetingRequestModel,
  MeetingSuggestionModel,
  ScheduleResultModel,
} from './models/meeting.model';

/** Requests, suggestions, the schedule and the day's records. */
@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly requests: MeetingRequestService,
    private readonly suggestions: SuggestionService,
    private readonly schedules: ScheduleService,
    private readonly edits: ScheduleEditService,
    private readonly agendas: AgendaService,
    private readonly day: EventDayService,
  ) {}

  @Query(() => [MeetingRequestModel], {
    description: 'All of the event for coordinators; your organisation’s otherwise',
  })
  async meetingRequests(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, UuidPipe) eventId: string,
  ): Promise<MeetingRequestModel[]> {
    const now = new Date();
    return (await this.requests.list(actor, eventId)).map((r) => MeetingRequestModel.from(r, now));
  }

  @Mutation(() => MeetingRequestModel, { description: 'From your organisation’s registration to another participant' })
  async sendMeetingRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: SendMeetingRequestInput,
  ): Promise<MeetingRequestModel> {
    const { eventId, ...request } = input;
    return MeetingRequestModel.from(await this.requests.send(actor, eventId, request));
  }

  @Mutation(() => MeetingRequestModel, { description: 'Accept or decline a request addressed to your organisation' })
  async respondToMeetingRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: RespondMeetingRequestInput,
  ): Promise<MeetingRequestModel> {
    return MeetingRequestModel.from(await this.requests.respond(actor, input.requestId, input.accept));
  }

  @Mutation(() => MeetingRequestModel, { description: 'Coordinators add an accepted meeting between two participants' })
  async addMeeting(@CurrentActor() actor: Actor, @Args('input') input: AddMeetingInput): Promise<MeetingRequestModel> {
    return MeetingRequestModel.from(
      await this.requests.addMeeting(actor, input.eventId, input.participantA, input.participantB, input.score ?? null),
    );
  }

  @Query(() => [MeetingSuggestionModel], {
    description: 'Enterprise ↔ institute pairs from match scores, best first; coordinators only',
  })
  async suggestMeetings(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, UuidPipe) eventId: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: '1 to 100' }) first: number,
  ): Promise<MeetingSuggestionModel[]> {
    return this.suggestions.suggest(actor, eventId, first);
  }

  @Mutation(() => ScheduleResultModel, {
    description: 'Schedules accepted requests (preliminary); keeps locked meetings, moves as little as possible',
  })
  async scheduleEvent(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, UuidPipe) eventId: string,
  ): Promise<ScheduleResultModel> {
    const outcome = await this.schedules.run(actor, eventId);
    const lang = currentLanguage();
    return { ...outcome, unscheduled: outcome.unscheduled.map((u) => ({ ...u, message: localise(u.message, lang) })) };
  }

  @Query(() => [MeetingModel], { description: 'The whole schedule; coordinators only' })
  async eventMeetings(
    @CurrentActor() actor: Actor,
    @Args('eventId', { type: () => ID }, UuidPipe) eventId: string,
  ): Promise<MeetingModel[]> {
    return (await this.agendas.meetingsOf(actor, eventId)).map(MeetingModel.from);
  }

  @Query(() => [MeetingPlaceModel], {
    description: 'Free (slot, table) places for an accepted request, its own place counted free; coordinators only',
  })
  async meetingPlaces(
    @CurrentActor() actor: Actor,
    @Args('requestId', { type: () => ID }, UuidPipe) requestId: string,
  ): Promise<MeetingPlaceModel[]> {
    return this.edits.places(actor, requestId);
  }

  @Mutation(() => MeetingModel, { description: 'Books an accepted request at a (slot, table) by hand' })
  async placeMeeting(@CurrentActor() actor: Actor, @Args('input') input: PlaceMeetingInput): Promise<MeetingModel> {
    return MeetingModel.from(await this.edits.place(actor, input.requestId, input.slotId, input.tableId));
  }

  @Mutation(() => MeetingModel)
  async moveMeeting(@CurrentActor() actor: Actor, @Args('input') input: MoveMeetingInput): Promise<MeetingModel> {
    return MeetingModel.from(await this.edits.move(actor, input.meetingId, input.slotId, input.tableId));
  }

  @Mutation(() => MeetingModel)
  async lockMeeting(@CurrentActor() actor: Actor, @Args('input') input: LockMeetingInput): Promise<MeetingModel> {
    return MeetingModel.from(await this.edits.lock(actor, input.meetingId, input.locked));
  }

  @Mutation(() => Boolean)
  async unscheduleMeeting(
    @CurrentActor() actor: Actor,
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
  ): Promise<boolean> {
    return this.edits.unschedule(actor, meetingId);
  }

  @Mutation(() => MeetingModel, { description: 'ATTENDED or NO_SHOW; coordinators only' })
  async recordAttendance(@CurrentActor() actor: Actor, @Args('input') input: AttendanceInput): Promise<MeetingModel> {
    return MeetingModel.from(await this.day.recordAttendance(actor, input.meetingId, input.attendance));
  }

  @Mutation(() => MeetingModel, { description: 'Either side of the meeting, or a coordinator' })
  async recordMeetingOutcome(@CurrentActor() actor: Actor, @Args('input') input: OutcomeInput): Promise<MeetingModel> {
    return MeetingModel.from(await this.day.recordOutcome(actor, input.meetingId, input.outcome, input.note));
  }
}

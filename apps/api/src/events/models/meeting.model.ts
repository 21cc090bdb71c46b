import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { currentLanguage } from '@app/core';
import {
  Agenda,
  effectiveStatus,
  EventAnalytics,
  type ForwardStage,
  MeetingEntity,
  MeetingRequestEntity,
  ParticipantEntity,
} from '@app/events';
import { MatchRequestStatus } from '@app/matching';
import { Attendance, MeetingOutcome, MeetingRequestSource, MeetingRequestStatus, RoadshowModel } from './event.model';

@ObjectType('EventGuest', { description: 'A participant without an account; contact details for coordinators only' })
export class GuestModel {
  @Field() name: string;
  @Field() organisationName: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
}

@ObjectType('EventParticipant', {
  description: 'An organisation (or a guest without an account) registered for an event, with the people who come',
})
export class ParticipantModel {
  @Field(() => ID) id: string;
  @Field(() => ID) eventId: string;
  @Field(() => ID, { nullable: true, description: 'Null for a guest' }) orgId: string | null;
  /** The guest's details, resolved per caller (contact details for coordinators only). */
  guestDetails: GuestModel | null;
  /** The row, for nested fields (names). */
  entity: ParticipantEntity;
  @Field(() => [ID]) userIds: string[];
  @Field(() => [ID]) unavailableSlotIds: string[];
  @Field(() => Int) maxMeetings: number;
  @Field(() => Date, { nullable: true }) checkedInAt: Date | null;

  static from(p: ParticipantEntity): ParticipantModel {
    return Object.assign(new ParticipantModel(), {
      id: p.id,
      eventId: p.eventId,
      orgId: p.orgId,
      userIds: p.userIds,
      entity: p,
      guestDetails: p.orgId
        ? null
        : { name: p.guestName ?? '', organisationName: p.guestOrgName ?? '', phone: p.guestPhone, email: p.guestEmail },
      unavailableSlotIds: p.unavailableSlotIds,
      maxMeetings: p.maxMeetings,
      checkedInAt: p.checkedInAt,
    });
  }
}

@ObjectType('MeetingRequest')
export class MeetingRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) eventId: string;
  @Field(() => ID) fromParticipantId: string;
  @Field(() => ID) toParticipantId: string;
  @Field() message: string;
  @Field(() => MeetingRequestStatus) status: MeetingRequestStatus;
  @Field(() => MeetingRequestSource) source: MeetingRequestSource;
  @Field(() => Float, { description: 'Match score 0..1 the scheduler weighs' }) score: number;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the last schedule left this request out' }) unscheduledCode:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: "Why, in the request's language (Accept-Language): Chinese by default, English on request",
  })
  unscheduledReason: string | null;
  @Field(() => Date) createdAt: Date;

  static from(r: MeetingRequestEntity, now = new Date()): MeetingRequestModel {
    return Object.assign(new MeetingRequestModel(), {
      id: r.id,
      eventId: r.eventId,
      fromParticipantId: r.fromParticipantId,
      toParticipantId: r.toParticipantId,
      message: r.message,
      status: effectiveStatus(r, now),
      source: r.source,
      score: r.score,
      expiresAt: r.expiresAt,
      unscheduledCode: r.unscheduledCode,
      unscheduledReason:
        currentLanguage() === 'en'
          ? (r.unscheduledMessageEn ?? r.unscheduledMessage)
          : (r.unscheduledMessage ?? r.unscheduledMessageEn),
      createdAt: r.createdAt,
    });
  }
}

@ObjectType('Meeting', { description: 'An accepted request placed at a (slot, table)' })
export class MeetingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) eventId: string;
  @Field(() => ID) requestId: string;
  @Field(() => ID) slotId: string;
  @Field(() => ID) tableId: string;
  @Field({ description: 'Kept where it is when the scheduler runs again' }) locked: boolean;
  @Field(() => Attendance, { nullable: true }) attendance: Attendance | null;
  @Field(() => MeetingOutcome, { nullable: true }) outcome: MeetingOutcome | null;
  @Field(() => String, { nullable: true, description: "What was agreed, in the rater's words" }) outcomeNote:
    string | null;

  static from(m: MeetingEntity): MeetingModel {
    return Object.assign(new MeetingModel(), {
      id: m.id,
      eventId: m.eventId,
      requestId: m.requestId,
      slotId: m.slotId,
      tableId: m.tableId,
      locked: m.locked,
      attendance: m.attendance,
      outcome: m.outcome,
      outcomeNote: m.outcomeNote,
    });
  }
}

@ObjectType('AgendaMeeting')
export class AgendaMeetingModel {
  @Field(() => MeetingModel) meeting: MeetingModel;
  @Field() start: string;
  @Field() end: string;
  @Field() tableName: string;
  @Field(() => ParticipantModel) counterpart: ParticipantModel;
}

@ObjectType('Agenda', { description: 'One participant’s day; meetings appear once the schedule is published' })
export class AgendaModel {
  @Field(() => ID) eventId: string;
  @Field() date: string;
  @Field(() => ParticipantModel) participant: ParticipantModel;
  @Field() published: boolean;
  @Field(() => [AgendaMeetingModel]) meetings: AgendaMeetingModel[];
  @Field(() => [RoadshowModel]) roadshows: RoadshowModel[];

  static from(a: Agenda): AgendaModel {
    return Object.assign(new AgendaModel(), {
      eventId: a.event.id,
      date: a.event.date,
      participant: ParticipantModel.from(a.participant),
      published: a.published,
      roadshows: a.roadshows.map(RoadshowModel.from),
      meetings: a.meetings.map((m) => ({
        meeting: MeetingModel.from(m.meeting),
        start: m.slot.startsAt,
        end: m.slot.endsAt,
        tableName: m.table.name,
        counterpart: ParticipantModel.from(m.counterpart),
      })),
    });
  }
}

@ObjectType('MeetingPlace', { description: 'A free (slot, table) for a meeting' })
export class MeetingPlaceModel {
  @Field(() => ID) slotId: string;
  @Field(() => ID) tableId: string;
}

@ObjectType('MeetingSuggestion', {
  description: 'An enterprise ↔ institute pair the matching engine rates worth a meeting',
})
export class MeetingSuggestionModel {
  @Field(() => ID) enterpriseParticipantId: string;
  @Field(() => ID) instituteParticipantId: string;
  @Field(() => ID) needId: string;
  @Field(() => ID) achievementId: string;
  @Field(() => Float) score: number;
  @Field(() => [String]) reasons: string[];
}

@ObjectType('UnscheduledRequest')
export class UnscheduledRequestModel {
  @Field(() => ID) requestId: string;
  @Field({ description: 'e.g. NO_COMMON_FREE_SLOT, BOTH_AT_MAXIMUM' }) code: string;
  @Field({ description: "In the request's language (Accept-Language): Chinese by default, English on request" })
  message: string;
}

@ObjectType('ScheduleResult')
export class ScheduleResultModel {
  @Field(() => Int) scheduled: number;
  @Field(() => Int) requests: number;
  @Field(() => Int, { description: 'Meetings of the previous run now elsewhere' }) moved: number;
  @Field(() => Int) locked: number;
  @Field(() => [UnscheduledRequestModel]) unscheduled: UnscheduledRequestModel[];
}

@ObjectType('ParticipantMeetingCount')
export class ParticipantMeetingCountModel {
  @Field(() => ID) participantId: string;
  @Field(() => Int) meetings: number;
}

@ObjectType('OutcomeCount')
export class OutcomeCountModel {
  @Field(() => MeetingOutcome) outcome: MeetingOutcome;
  @Field(() => Int) count: number;
}

@ObjectType('AdvancedStageCount')
export class AdvancedStageCountModel {
  @Field(() => MatchRequestStatus, { description: 'ACCEPTED, MEETING, NEGOTIATING, SIGNED or LANDED' })
  stage: ForwardStage;
  @Field(() => Int) count: number;
}

@ObjectType('AdvancedMatches', {
  description:
    "Match requests between two organisations that met at the event (a held meeting) which moved forward (to ACCEPTED … LANDED) by that meeting's outcome or from the event day through 30 days after it; each counted once, at the furthest stage reached",
})
export class AdvancedMatchesModel {
  @Field(() => Int) total: number;
  @Field(() => [AdvancedStageCountModel]) byStage: AdvancedStageCountModel[];
}

@ObjectType('EventAnalytics')
export class EventAnalyticsModel implements EventAnalytics {
  @Field(() => Int) participants: number;
  @Field(() => Int) checkedIn: number;
  @Field(() => Int, { description: 'Requests participants sent' }) requestsSent: number;
  @Field(() => Int) requestsAccepted: number;
  @Field(() => Int, { description: 'Meetings coordinators added directly' }) coordinatorMeetings: number;
  @Field(() => Int) meetingsScheduled: number;
  @Field(() => Int, { description: 'Meetings marked ATTENDED' }) meetingsHeld: number;
  @Field(() => Float, { nullable: true, description: 'NO_SHOW share of meetings with attendance recorded' })
  noShowRate: number | null;
  @Field(() => Float) meetingsPerParticipant: number;
  @Field(() => [ParticipantMeetingCountModel]) perParticipant: ParticipantMeetingCountModel[];
  @Field(() => [OutcomeCountModel]) outcomes: OutcomeCountModel[];
  @Field(() => AdvancedMatchesModel, { description: 'Matches advanced because of the event' })
  matchesAdvanced: AdvancedMatchesModel;
}

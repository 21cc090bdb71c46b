import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Attendance,
  EventDetail,
  EventStatus,
  MeetingOutcome,
  MeetingRequestSource,
  MeetingRequestStatus,
  RoadshowEntity,
} from '@app/events';

registerEnumType(EventStatus, {
  name: 'EventStatus',
  description:
    'DRAFT → OPEN (registration) → SCHEDULED (preliminary) → PUBLISHED → CLOSED; CANCELLED from any state before CLOSED',
});
registerEnumType(MeetingRequestStatus, {
  name: 'MeetingRequestStatus',
  description: 'EXPIRED: still PENDING after its expiry',
});
registerEnumType(MeetingRequestSource, { name: 'MeetingRequestSource' });
registerEnumType(Attendance, { name: 'Attendance' });
registerEnumType(MeetingOutcome, {
  name: 'MeetingOutcome',
  description: 'Rating of a held meeting: 未进行 / 不匹配 / 约定跟进 / 有望合作',
});

export { Attendance, EventStatus, MeetingOutcome, MeetingRequestSource, MeetingRequestStatus };

@ObjectType('TimeRange')
export class TimeRangeModel {
  @Field({ description: 'HH:MM, Asia/Shanghai' }) start: string;
  @Field({ description: 'HH:MM, Asia/Shanghai' }) end: string;
}

@ObjectType('EventSlot', { description: 'One meeting round of the day' })
export class EventSlotModel {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() start: string;
  @Field() end: string;
}

@ObjectType('EventTable')
export class EventTableModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Seats' }) capacity: number;
}

@ObjectType('Roadshow', { description: 'A university presents an achievement (路演)' })
export class RoadshowModel {
  @Field(() => ID) id: string;
  @Field() start: string;
  @Field() end: string;
  @Field() speaker: string;
  @Field() title: string;
  @Field(() => ID, { nullable: true }) achievementId: string | null;

  static from(r: RoadshowEntity): RoadshowModel {
    return Object.assign(new RoadshowModel(), {
      id: r.id,
      start: r.startsAt,
      end: r.endsAt,
      speaker: r.speaker,
      title: r.title,
      achievementId: r.achievementId,
    });
  }
}

@ObjectType('Event', { description: '红色产学研对接会: a roadshow, then 1:1 meetings in slots at numbered tables' })
export class EventModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() theme: string;
  @Field(() => [String], { description: 'The alliance, co-organising party branches, chain committees' })
  organisers: string[];
  @Field() venue: string;
  @Field({ description: 'YYYY-MM-DD' }) date: string;
  @Field() registrationDeadline: string;
  @Field() dayStart: string;
  @Field() dayEnd: string;
  @Field(() => Int, { description: '15, 20 or 30' }) slotMinutes: number;
  @Field(() => [TimeRangeModel]) breaks: TimeRangeModel[];
  @Field(() => EventStatus) status: EventStatus;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled' }) cancelReason: string | null;
  @Field(() => Int, {
    description: 'What coordinators edit (set-up, grid, status); registrations and requests leave it alone',
  })
  version: number;
  @Field(() => Int, { description: 'Changes with every registration: a schedule made before it may be out of date' })
  rosterVersion: number;
  @Field(() => [EventSlotModel]) slots: EventSlotModel[];
  @Field(() => [EventTableModel]) tables: EventTableModel[];
  @Field(() => [RoadshowModel]) roadshows: RoadshowModel[];

  static from({ event: e, slots, tables, roadshows }: EventDetail): EventModel {
    return Object.assign(new EventModel(), {
      id: e.id,
      title: e.title,
      theme: e.theme,
      organisers: e.organisers,
      venue: e.venue,
      date: e.date,
      registrationDeadline: e.registrationDeadline,
      dayStart: e.dayStart,
      dayEnd: e.dayEnd,
      slotMinutes: e.slotMinutes,
      breaks: e.breaks,
      status: e.status,
      cancelReason: e.cancelReason,
      version: e.version,
      rosterVersion: e.rosterVersion,
      slots: slots.map((s) => ({ id: s.id, position: s.position, start: s.startsAt, end: s.endsAt })),
      tables: tables.map((t) => ({ id: t.id, name: t.name, capacity: t.capacity })),
      roadshows: roadshows.map(RoadshowModel.from),
    });
  }
}

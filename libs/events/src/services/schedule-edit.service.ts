import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, badInput, bilingual, conflict, notFound, statusLabel } from '@app/core';
import { NotificationKind } from '@app/matching';
import { appendAudit, Database } from '@app/database';
import { EventEntity, MeetingEntity, MeetingRequestEntity, ParticipantEntity } from '../entities/event.entities';
import { meetingSize, requireCoordinator, requireStatus } from '../domain/rules';
import { EventStatus, MeetingRequestStatus } from '../domain/values';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';
import { EventNotices } from './event-notices';

export interface Place {
  slotId: string;
  tableId: string;
}

const EDITABLE = [EventStatus.SCHEDULED, EventStatus.PUBLISHED];

/**
 * The organiser's hand edits of a schedule — place, move, lock, take off — under the scheduler's own rules
 * (ScheduleService runs the scheduler). Once the schedule is published both sides are told of each change.
 */
@Injectable()
export class ScheduleEditService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly notices: EventNotices,
  ) {}

  /**
   * Where an accepted request could go now without moving anything: slots both sides are free and available in,
   * tables free in that slot and large enough (its own meeting's place counts as free). Empty when either side is
   * at their maximum of meetings and the request is not placed yet. For walk-ins and the board's "move to…".
   */
  places(actor: Actor, requestId: string): Promise<Place[]> {
    requireCoordinator(actor);
    return this.db.read(async (em) => {
      const [request] = await this.meetings.requestsByIds(em, [requestId]);
      if (!request) throw notFound('Meeting request', requestId);
      if (request.status !== MeetingRequestStatus.ACCEPTED) return [];
      const [event] = await this.events.findByIds(em, [request.eventId]);
      const [detail] = await this.events.details(em, [event]);
      const people = await this.events.participantsByIds(em, [request.fromParticipantId, request.toParticipantId]);
      if (people.length !== 2) return [];
      const all = await this.meetings.meetingsOf(em, request.eventId);
      const meetings = all.filter((m) => m.requestId !== requestId);
      const placed = meetings.length !== all.length;
      const counts = await this.meetings.seatCounts(
        em,
        request.eventId,
        people.map((p) => p.id),
      );
      if (!placed && people.some((p) => (counts.get(p.id) ?? 0) >= p.maxMeetings)) return [];
      const busy = new Set(
        (
          await this.meetings.seatsOf(
            em,
            request.eventId,
            people.map((p) => p.id),
          )
        )
          .filter((s) => meetings.some((m) => m.id === s.meetingId))
          .map((s) => s.slotId),
      );
      const taken = new Set(meetings.map((m) => `${m.slotId}|${m.tableId}`));
      const size = meetingSize(people[0], people[1]);
      return detail.slots
        .filter((s) => !busy.has(s.id) && !people.some((p) => p.unavailableSlotIds.includes(s.id)))
        .flatMap((s) =>
          detail.tables
            .filter((t) => t.capacity >= size && !taken.has(`${s.id}|${t.id}`))
            .map((t) => ({ slotId: s.id, tableId: t.id })),
        );
    });
  }

  /** Books an accepted request by hand; the unique constraints refuse a double booking. */
  place(actor: Actor, requestId: string, slotId: string, tableId: string): Promise<MeetingEntity> {
    requireCoordinator(actor);
    return this.db.transaction(async (em) => {
      const [request] = await this.meetings.requestsByIds(em, [requestId]);
      if (!request) throw notFound('Meeting request', requestId);
      if (request.status !== MeetingRequestStatus.ACCEPTED)
        throw badInput(
          'requestId',
          bilingual(
            `只有已接受的洽谈申请可以排入日程（当前：${statusLabel('meetingRequest', request.status)}）`,
            `requestId must name an ACCEPTED request (it is ${request.status})`,
          ),
        );
      const people = await this.checkPlace(em, request, slotId, tableId);
      const counts = await this.meetings.seatCounts(
        em,
        request.eventId,
        people.map((p) => p.id),
      );
      const full = people.find((p) => (counts.get(p.id) ?? 0) >= p.maxMeetings);
      if (full)
        throw conflict(
          bilingual(
            `一方参会机构已达到 ${full.maxMeetings} 场洽谈的上限`,
            `Participant ${full.id} is already at their maximum of ${full.maxMeetings} meetings`,
          ),
        );
      const [meeting] = await this.meetings.place(em, request.eventId, [
        {
          requestId,
          slotId,
          tableId,
          locked: false,
          participantIds: [request.fromParticipantId, request.toParticipantId],
        },
      ]);
      await this.meetings.setUnscheduledReason(em, requestId, null, null);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'MEETING',
        entityId: meeting.id,
        action: 'PLACE',
        changes: { slotId, tableId },
      });
      await this.tellBoth(em, actor, people, NotificationKind.EVENT_MEETING_ADDED, slotId, tableId, request.eventId);
      return meeting;
    });
  }

  move(actor: Actor, meetingId: string, slotId: string, tableId: string): Promise<MeetingEntity> {
    return this.edit(actor, meetingId, 'MOVE', async (em, meeting, request) => {
      const people = await this.checkPlace(em, request, slotId, tableId);
      await this.meetings.move(em, meeting.id, slotId, tableId);
      if (meeting.slotId !== slotId || meeting.tableId !== tableId)
        await this.tellBoth(em, actor, people, NotificationKind.EVENT_MEETING_MOVED, slotId, tableId, request.eventId);
      return { slotId, tableId };
    });
  }

  lock(actor: Actor, meetingId: string, locked: boolean): Promise<MeetingEntity> {
    return this.edit(actor, meetingId, locked ? 'LOCK' : 'UNLOCK', async (em, meeting) => {
      await this.meetings.setLocked(em, meeting.id, locked);
      return { locked };
    });
  }

  async unschedule(actor: Actor, meetingId: string): Promise<boolean> {
    await this.edit(actor, meetingId, 'UNSCHEDULE', async (em, meeting, request) => {
      const people = await this.events.participantsByIds(em, [request.fromParticipantId, request.toParticipantId]);
      await this.tellBoth(
        em,
        actor,
        people,
        NotificationKind.EVENT_MEETING_CANCELLED,
        meeting.slotId,
        meeting.tableId,
        meeting.eventId,
      );
      await this.meetings.remove(em, [meeting.id]);
      await this.meetings.setUnscheduledReason(
        em,
        meeting.requestId,
        'REMOVED_BY_COORDINATOR',
        bilingual('联盟协调人已将这场洽谈移出日程', 'a coordinator took this meeting off the schedule'),
      );
      return {};
    });
    return true;
  }

  /** Once published, both sides hear of a meeting added, moved or taken off their day (before, nobody saw it). */
  private async tellBoth(
    em: EntityManager,
    actor: Actor,
    people: ParticipantEntity[],
    kind:
      | NotificationKind.EVENT_MEETING_ADDED
      | NotificationKind.EVENT_MEETING_MOVED
      | NotificationKind.EVENT_MEETING_CANCELLED,
    slotId: string,
    tableId: string,
    eventId: string,
  ): Promise<void> {
    const [event] = await this.events.findByIds(em, [eventId]);
    if (event?.status !== EventStatus.PUBLISHED || people.length !== 2) return;
    const [detail] = await this.events.details(em, [event]);
    const slot = detail.slots.find((s) => s.id === slotId);
    const table = detail.tables.find((t) => t.id === tableId);
    if (!slot || !table) return;
    const labels = await this.notices.labels(em, people);
    const other = (p: ParticipantEntity) => labels.get((p.id === people[0].id ? people[1] : people[0]).id) ?? '';
    const at = { event: event.title, start: slot.startsAt, end: slot.endsAt };
    await this.notices.send(
      em,
      eventId,
      people,
      (p) =>
        kind === NotificationKind.EVENT_MEETING_CANCELLED
          ? { kind, ...at, other: other(p) }
          : { kind, ...at, other: other(p), table: table.name },
      actor.userId,
    );
  }

  private edit(
    actor: Actor,
    meetingId: string,
    action: string,
    apply: (em: EntityManager, m: MeetingEntity, r: MeetingRequestEntity) => Promise<Record<string, unknown>>,
  ): Promise<MeetingEntity> {
    requireCoordinator(actor);
    return this.db.transaction(async (em) => {
      const [meeting] = await this.meetings.meetingsByIds(em, [meetingId]);
      if (!meeting) throw notFound('Meeting', meetingId);
      const event = await this.events.lockById(em, meeting.eventId, 'shared');
      requireStatus(event as EventEntity, EDITABLE, bilingual('调整日程', 'editing the schedule'));
      const [request] = await this.meetings.requestsByIds(em, [meeting.requestId]);
      const changes = await apply(em, meeting, request);
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'MEETING', entityId: meetingId, action, changes });
      return (await this.meetings.meetingsByIds(em, [meetingId]))[0] ?? meeting;
    });
  }

  /** The same rules as the scheduler: the event's slot and table, both free of unavailability, a table big enough. */
  private async checkPlace(
    em: EntityManager,
    request: MeetingRequestEntity,
    slotId: string,
    tableId: string,
  ): Promise<ParticipantEntity[]> {
    const event = await this.events.lockById(em, request.eventId, 'shared');
    if (!event) throw notFound('Event', request.eventId);
    requireStatus(event, EDITABLE, bilingual('调整日程', 'editing the schedule'));
    const [detail] = await this.events.details(em, [event]);
    if (!detail.slots.some((s) => s.id === slotId))
      throw badInput('slotId', bilingual('所选时段不属于该对接会', 'slotId is not a slot of this event'));
    const table = detail.tables.find((t) => t.id === tableId);
    if (!table)
      throw badInput('tableId', bilingual('所选洽谈桌不属于该对接会', 'tableId is not a table of this event'));
    const people = await this.events.lockParticipants(em, [request.fromParticipantId, request.toParticipantId]);
    const away = people.find((p) => p.unavailableSlotIds.includes(slotId));
    if (away)
      throw badInput(
        'slotId',
        bilingual('一方参会机构在该时段不能参加', `slotId participant ${away.id} is unavailable in that slot`),
      );
    const size = meetingSize(people[0], people[1]);
    if (size > table.capacity)
      throw badInput(
        'tableId',
        bilingual(
          `这张洽谈桌只有 ${table.capacity} 个座位，这场洽谈需要 ${size} 个`,
          `tableId seats ${table.capacity}, the meeting needs ${size}`,
        ),
      );
    return people;
  }
}

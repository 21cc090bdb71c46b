import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, badInput, bilingual, Clock, conflict, forbidden, isAlliance, notFound, statusLabel } from '@app/core';
import { NotificationKind } from '@app/matching';
import { appendAudit, Database } from '@app/database';
import { MeetingRequestEntity, ParticipantEntity } from '../entities/event.entities';
import {
  actsFor,
  effectiveStatus,
  eventDayEnd,
  requireCoordinator,
  requireMember,
  requireStatus,
  sameParty,
  visibleEvent,
} from '../domain/rules';
import { EventStatus, MeetingRequestSource, MeetingRequestStatus } from '../domain/values';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';
import { EventNotices } from './event-notices';

export interface SendRequestInput {
  toParticipantId: string;
  message: string;
  expiresAt?: Date | null;
}

const DEFAULT_EXPIRY_MS = 72 * 3600 * 1000;
const ASKING = [EventStatus.OPEN, EventStatus.SCHEDULED];
const LIVE = new Set([MeetingRequestStatus.PENDING, MeetingRequestStatus.ACCEPTED]);

/** Meeting requests between participants: send, accept or decline before expiry; coordinators add meetings directly. */
@Injectable()
export class MeetingRequestService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly notices: EventNotices,
    private readonly clock: Clock,
  ) {}

  /** Coordinators see every request of the event; everyone else those of their own organisation. */
  list(actor: Actor, eventId: string): Promise<MeetingRequestEntity[]> {
    return this.db.read(async (em) => {
      const [event] = await this.events.findByIds(em, [eventId]);
      visibleEvent(actor, event, eventId);
      const all = await this.meetings.requestsOf(em, eventId);
      if (isAlliance(actor)) return all;
      const own = await this.events.participantOfOrg(em, eventId, actor.orgId);
      return own ? all.filter((r) => r.fromParticipantId === own.id || r.toParticipantId === own.id) : [];
    });
  }

  send(actor: Actor, eventId: string, input: SendRequestInput): Promise<MeetingRequestEntity> {
    const now = this.clock.now();
    if (input.expiresAt && input.expiresAt <= now)
      throw badInput('expiresAt', bilingual('有效期限须晚于现在', 'expiresAt must be in the future'));
    return this.db.transaction(async (em) => {
      const event = visibleEvent(actor, (await this.events.findByIds(em, [eventId]))[0], eventId);
      requireStatus(event, ASKING, bilingual('发送洽谈申请', 'sending requests'));
      const from = await this.events.participantOfOrg(em, eventId, actor.orgId);
      if (!from)
        throw forbidden(
          bilingual(
            '请先为本机构报名参加该对接会，再发送洽谈申请',
            'Register your organisation for the event before sending requests',
          ),
        );
      const to = await this.partner(em, eventId, input.toParticipantId, from);
      const dayEnd = eventDayEnd(event);
      if (input.expiresAt && input.expiresAt > dayEnd)
        throw badInput(
          'expiresAt',
          bilingual(
            `有效期限不能晚于对接会当天结束（北京时间 ${event.date} ${event.dayEnd}）`,
            `expiresAt must not be later than the end of the event day (${event.date} ${event.dayEnd} Asia/Shanghai)`,
          ),
        );
      await this.lockPair(em, from.id, to.id);
      await this.refuseDuplicate(em, eventId, from.id, to.id, now);
      // Default expiry: three days, but never later than the start of the event day (Asia/Shanghai).
      const dayStart = new Date(`${event.date}T00:00:00+08:00`);
      const fallback = new Date(Math.min(now.getTime() + DEFAULT_EXPIRY_MS, dayStart.getTime()));
      const row = await this.meetings.insertRequest(em, {
        eventId,
        fromParticipantId: from.id,
        toParticipantId: to.id,
        message: input.message,
        status: MeetingRequestStatus.PENDING,
        source: MeetingRequestSource.PARTICIPANT,
        score: 0.5,
        expiresAt: input.expiresAt ?? (fallback > now ? fallback : null),
        createdBy: actor.userId,
      });
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'MEETING_REQUEST',
        entityId: row.id,
        action: 'SEND',
        changes: { to: to.id },
      });
      const other = (await this.notices.labels(em, [from])).get(from.id) ?? '';
      await this.notices.send(
        em,
        eventId,
        [to],
        { kind: NotificationKind.EVENT_MEETING_REQUESTED, event: event.title, other, message: input.message },
        actor.userId,
      );
      return row;
    });
  }

  /** Only the addressee answers, and only once, before expiry. */
  respond(actor: Actor, requestId: string, accept: boolean): Promise<MeetingRequestEntity> {
    const now = this.clock.now();
    return this.db.transaction(async (em) => {
      const [request] = await this.meetings.requestsByIds(em, [requestId]);
      if (!request) throw notFound('Meeting request', requestId);
      const parties = await this.events.participantsByIds(em, [request.toParticipantId, request.fromParticipantId]);
      const to = parties.find((p) => p.id === request.toParticipantId) as ParticipantEntity;
      const from = parties.find((p) => p.id === request.fromParticipantId);
      // Outsiders are not told the request exists; the sender and coordinators (who see every request) are told why not.
      if (!actsFor(actor, to) && !isAlliance(actor) && !(from && actsFor(actor, from)))
        throw notFound('Meeting request', requestId);
      requireMember(actor, to, bilingual('答复发给本机构的洽谈申请', 'answer a request addressed to them'));
      const [event] = await this.events.findByIds(em, [request.eventId]);
      requireStatus(event, ASKING, bilingual('答复洽谈申请', 'answering requests'));
      const status = effectiveStatus(request, now);
      if (status !== MeetingRequestStatus.PENDING)
        throw conflict(
          bilingual(
            `该洽谈申请${statusLabel('meetingRequest', status)}，不能再答复`,
            `This request is ${status} and can no longer be answered`,
          ),
        );
      const next = accept ? MeetingRequestStatus.ACCEPTED : MeetingRequestStatus.DECLINED;
      if (!(await this.meetings.answerRequest(em, requestId, MeetingRequestStatus.PENDING, next)))
        throw conflict(bilingual('该洽谈申请已被答复', 'This request was answered meanwhile'));
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'MEETING_REQUEST',
        entityId: requestId,
        action: next,
        changes: {},
      });
      if (from) {
        const kind = accept ? NotificationKind.EVENT_MEETING_ACCEPTED : NotificationKind.EVENT_MEETING_DECLINED;
        await this.notices.send(
          em,
          event.id,
          [from],
          { kind, event: event.title, other: (await this.notices.labels(em, [to])).get(to.id) ?? '' },
          actor.userId,
        );
      }
      return (await this.meetings.requestsByIds(em, [requestId]))[0];
    });
  }

  /** A coordinator's meeting is accepted on creation; `score` carries a suggestion's match score into scheduling. */
  addMeeting(
    actor: Actor,
    eventId: string,
    aId: string,
    bId: string,
    score: number | null,
  ): Promise<MeetingRequestEntity> {
    requireCoordinator(actor);
    return this.db.transaction(async (em) => {
      const [event] = await this.events.findByIds(em, [eventId]);
      if (!event) throw notFound('Event', eventId);
      // Walk-ins: coordinators still add meetings after publication, to place them in free seats.
      requireStatus(event, [...ASKING, EventStatus.PUBLISHED], bilingual('添加洽谈', 'adding meetings'));
      const [a] = (await this.events.participantsByIds(em, [aId])).filter((p) => p.eventId === eventId);
      if (!a)
        throw badInput(
          'participantA',
          bilingual('该机构未报名参加这场对接会', 'participantA is not a participant of this event'),
        );
      const b = await this.partner(em, eventId, bId, a, 'participantB');
      await this.lockPair(em, a.id, b.id);
      await this.refuseDuplicate(em, eventId, a.id, b.id, this.clock.now());
      const row = await this.meetings.insertRequest(em, {
        eventId,
        fromParticipantId: a.id,
        toParticipantId: b.id,
        message: '',
        status: MeetingRequestStatus.ACCEPTED,
        source: MeetingRequestSource.COORDINATOR,
        score: score ?? 0.5,
        expiresAt: null,
        createdBy: actor.userId,
      });
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'MEETING_REQUEST',
        entityId: row.id,
        action: 'ADD_MEETING',
        changes: { a: a.id, b: b.id },
      });
      return row;
    });
  }

  private async partner(
    em: EntityManager,
    eventId: string,
    id: string,
    self: ParticipantEntity,
    field = 'toParticipantId',
  ): Promise<ParticipantEntity> {
    const [to] = (await this.events.participantsByIds(em, [id])).filter((p) => p.eventId === eventId);
    if (!to)
      throw badInput(field, bilingual('该机构未报名参加这场对接会', `${field} is not a participant of this event`));
    if (sameParty(to, self))
      throw badInput(field, bilingual('不能向本机构发送洽谈申请', `${field} must be another participant`));
    return to;
  }

  /**
   * Row-locks both registrations (in id order, so A→B and B→A queue instead of deadlocking) before the duplicate
   * check: without it two concurrent transactions both find no live request and both insert one.
   */
  private async lockPair(em: EntityManager, a: string, b: string): Promise<void> {
    await this.events.lockParticipants(em, [a, b].sort());
  }

  private async refuseDuplicate(em: EntityManager, eventId: string, a: string, b: string, now: Date): Promise<void> {
    const existing = (await this.meetings.requestsOf(em, eventId)).find(
      (r) =>
        ((r.fromParticipantId === a && r.toParticipantId === b) ||
          (r.fromParticipantId === b && r.toParticipantId === a)) &&
        LIVE.has(effectiveStatus(r, now)),
    );
    if (existing)
      throw conflict(
        bilingual(
          `双方之间已有一条${statusLabel('meetingRequest', effectiveStatus(existing, now))}的洽谈申请`,
          `These participants already have a ${effectiveStatus(existing, now)} request (${existing.id})`,
        ),
      );
  }
}

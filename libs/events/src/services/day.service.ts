import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, bilingual, Clock, forbidden, isAlliance, notFound } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { MatchRequestRepository, MatchRequestService } from '@app/matching';
import { MeetingEntity, ParticipantEntity } from '../entities/event.entities';
import { FORWARD_STAGES, followUpWindow, matchesAdvanced, type AdvancedMatches } from '../domain/advanced';
import {
  checkAttendance,
  checkOutcome,
  dayFigures,
  normalizeOutcomeNote,
  PROMISING,
  requireEventDayReached,
  wasHeld,
} from '../domain/day';
import { actsFor, requireCoordinator, requireStatus } from '../domain/rules';
import { Attendance, EventStatus, MeetingOutcome, MeetingRequestSource, MeetingRequestStatus } from '../domain/values';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';

export interface EventAnalytics {
  participants: number;
  checkedIn: number;
  /** Requests participants sent (coordinator-added meetings are counted apart). */
  requestsSent: number;
  requestsAccepted: number;
  coordinatorMeetings: number;
  meetingsScheduled: number;
  /** ATTENDED, or rated with an outcome that says it took place while attendance was not recorded. */
  meetingsHeld: number;
  /** NO_SHOW among meetings with attendance recorded; null before any is recorded. */
  noShowRate: number | null;
  meetingsPerParticipant: number;
  perParticipant: { participantId: string; meetings: number }[];
  outcomes: { outcome: MeetingOutcome; count: number }[];
  /** Match requests between organisations that met at the event, moved forward by it (see domain/advanced.ts). */
  matchesAdvanced: AdvancedMatches;
}

const ON_THE_DAY = [EventStatus.PUBLISHED, EventStatus.CLOSED];

/**
 * On the day: attendance and outcome per meeting, then the event's figures. Outcomes are stored on the meeting,
 * and a positive one moves the two organisations' accepted match requests to MEETING. Nothing is recorded before
 * the event day (Asia/Shanghai); a NO_SHOW meeting can only be rated DID_NOT_TAKE_PLACE, so it never moves a match.
 */
@Injectable()
export class EventDayService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly matchRequests: MatchRequestService,
    private readonly matchRequestRows: MatchRequestRepository,
    private readonly clock: Clock,
  ) {}

  recordAttendance(actor: Actor, meetingId: string, attendance: Attendance): Promise<MeetingEntity> {
    requireCoordinator(actor);
    return this.write(actor, meetingId, 'ATTENDANCE', { attendance }, async (em, m) => {
      checkAttendance(m, attendance);
      await this.meetings.setAttendance(em, m.id, attendance);
    });
  }

  /**
   * Either side of the meeting rates it, or a coordinator on their behalf. A meeting that went well
   * (FOLLOW_UP_AGREED or COOPERATION_LIKELY) feeds the match-request funnel: the two organisations' ACCEPTED
   * requests move to MEETING where the transition table lets the actor, in the same transaction, audited and
   * notified like any stage change. NO_FIT and DID_NOT_TAKE_PLACE move nothing. `note` (what was agreed) is
   * kept when omitted and cleared when blank.
   */
  recordOutcome(
    actor: Actor,
    meetingId: string,
    outcome: MeetingOutcome,
    note?: string | null,
  ): Promise<MeetingEntity> {
    const outcomeNote = normalizeOutcomeNote(note);
    return this.write(
      actor,
      meetingId,
      'OUTCOME',
      outcomeNote === undefined ? { outcome } : { outcome, note: outcomeNote },
      async (em, m) => {
        const seats = await this.meetings.participantIdsOfMeeting(em, m.id);
        const people = await this.events.participantsByIds(em, seats);
        if (!isAlliance(actor) && !people.some((p) => actsFor(actor, p)))
          throw forbidden(bilingual('只有洽谈双方可以评价洽谈结果', 'Only the two sides of a meeting rate it'));
        checkOutcome(m, outcome);
        await this.meetings.setOutcome(em, m.id, outcome, outcomeNote);
        const [a, b] = people.map((p) => p.orgId);
        // Guests have no match requests to move.
        if (!PROMISING.has(outcome) || people.length !== 2 || !a || !b) return;
        await this.matchRequests.advanceAfterEventMeeting(em, actor, a, b, m.id);
      },
    );
  }

  analytics(actor: Actor, eventId: string): Promise<EventAnalytics> {
    requireCoordinator(actor);
    return this.db.read(async (em) => {
      const [event] = await this.events.findByIds(em, [eventId]);
      if (!event) throw notFound('Event', eventId);
      const participants = await this.events.participantsOf(em, eventId);
      const requests = await this.meetings.requestsOf(em, eventId);
      const meetings = await this.meetings.meetingsOf(em, eventId);
      const sent = requests.filter((r) => r.source === MeetingRequestSource.PARTICIPANT);
      const day = dayFigures(meetings);
      const counts = await this.meetings.seatCounts(
        em,
        eventId,
        participants.map((p) => p.id),
      );
      const advanced = await this.advanced(em, event.date, participants, meetings);
      return {
        participants: participants.length,
        checkedIn: participants.filter((p) => p.checkedInAt !== null).length,
        requestsSent: sent.length,
        requestsAccepted: sent.filter((r) => r.status === MeetingRequestStatus.ACCEPTED).length,
        coordinatorMeetings: requests.length - sent.length,
        meetingsScheduled: meetings.length,
        meetingsHeld: day.held,
        noShowRate: day.recorded ? day.noShows / day.recorded : null,
        meetingsPerParticipant: participants.length ? (2 * meetings.length) / participants.length : 0,
        perParticipant: participants.map((p) => ({ participantId: p.id, meetings: counts.get(p.id) ?? 0 })),
        outcomes: day.outcomes,
        matchesAdvanced: advanced,
      };
    });
  }

  /** Held meetings' two organisations, then their requests' forward moves in the follow-up window. */
  private async advanced(
    em: EntityManager,
    eventDate: string,
    participants: readonly ParticipantEntity[],
    meetings: readonly MeetingEntity[],
  ): Promise<AdvancedMatches> {
    const heldIds = meetings.filter(wasHeld).map((m) => m.id);
    const seats = await this.meetings.seatsOfMeetings(em, heldIds);
    const orgOf = new Map(participants.map((p) => [p.id, p.orgId]));
    const held = heldIds.map((meetingId) => ({
      meetingId,
      orgs: seats.filter((s) => s.meetingId === meetingId).map((s) => orgOf.get(s.participantId) ?? null),
    }));
    const orgIds = [...new Set(held.flatMap((h) => h.orgs).filter((o): o is string => o !== null))];
    const { from, to } = followUpWindow(eventDate);
    const moves = await this.matchRequestRows.stageMovesAmong(em, orgIds, FORWARD_STAGES, from, to, heldIds);
    return matchesAdvanced(eventDate, held, moves);
  }

  private write(
    actor: Actor,
    meetingId: string,
    action: string,
    changes: Record<string, unknown>,
    apply: (em: EntityManager, m: MeetingEntity) => Promise<void>,
  ): Promise<MeetingEntity> {
    return this.db.transaction(async (em) => {
      // Locked: attendance and outcome are judged against each other, so two writers must not pass at once.
      const meeting = await this.meetings.lockMeeting(em, meetingId);
      if (!meeting) throw notFound('Meeting', meetingId);
      const [event] = await this.events.findByIds(em, [meeting.eventId]);
      requireStatus(event, ON_THE_DAY, bilingual('记录当天的到场与洽谈结果', 'recording the day'));
      requireEventDayReached(event.date, this.clock.now());
      await apply(em, meeting);
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'MEETING', entityId: meetingId, action, changes });
      return (await this.meetings.meetingsByIds(em, [meetingId]))[0];
    });
  }
}

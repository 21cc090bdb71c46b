import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { bilingual, chunks, conflict, type LocalText, yieldToEventLoop } from '@app/core';
import { readInPages, uniqueViolation } from '@app/database';
import { MeetingEntity, MeetingRequestEntity, MeetingSeatEntity } from '../entities/event.entities';
import { Attendance, MeetingOutcome, MeetingRequestStatus } from '../domain/values';

export type RequestValues = Pick<
  MeetingRequestEntity,
  | 'eventId'
  | 'fromParticipantId'
  | 'toParticipantId'
  | 'message'
  | 'status'
  | 'source'
  | 'score'
  | 'expiresAt'
  | 'createdBy'
>;

export interface Placement {
  requestId: string;
  slotId: string;
  tableId: string;
  locked: boolean;
  participantIds: [string, string];
}

/**
 * Meetings per multi-row statement when writing a schedule. The embedded database runs each statement on this
 * thread and chains statements without giving way, so each must stay short and the writer yields between them.
 */
const WRITE_BATCH = 100;

/** Turns the database's refusal of a double booking into a CONFLICT a person can act on; SQL never leaks. */
function bookingConflict(error: unknown): Error {
  const violation = uniqueViolation(error);
  if (violation === null) return error as Error;
  const { constraint } = violation;
  if (constraint.includes('participant'))
    return conflict(
      bilingual(
        '该洽谈的一方在这个时段已有其他洽谈',
        'A participant of this meeting already has a meeting in that slot',
      ),
    );
  if (constraint.includes('table'))
    return conflict(bilingual('这张洽谈桌在该时段已被占用', 'That table is already taken in that slot'));
  return conflict(bilingual('该洽谈申请已排入日程', 'This request is already scheduled'));
}

@Injectable()
export class MeetingRepository {
  requestsByIds(em: EntityManager, ids: readonly string[]): Promise<MeetingRequestEntity[]> {
    return ids.length ? em.find(MeetingRequestEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  requestsOf(em: EntityManager, eventId: string): Promise<MeetingRequestEntity[]> {
    return em.find(MeetingRequestEntity, { where: { eventId }, order: { createdAt: 'ASC' } });
  }

  /** In creation order, read in pages (an 800-participant event has thousands). */
  acceptedRequestsOf(em: EntityManager, eventId: string): Promise<MeetingRequestEntity[]> {
    const qb = em
      .createQueryBuilder(MeetingRequestEntity, 'r')
      .where('r.event_id = :eventId AND r.status = :status', { eventId, status: MeetingRequestStatus.ACCEPTED });
    return readInPages(qb, 'r');
  }

  /**
   * Claims the pending requests (of events still taking requests) that expire within the window and were not
   * warned yet. The UPDATE marks them in the same statement, so two sweeping processes never warn twice.
   */
  async claimExpiryWarnings(em: EntityManager, now: Date, until: Date): Promise<MeetingRequestEntity[]> {
    const rows: { id: string }[] = await em.query(
      `WITH due AS (
         UPDATE meeting_requests r SET expiry_warned_at = $1 FROM events e
         WHERE e.id = r.event_id AND e.status IN ('OPEN', 'SCHEDULED') AND r.status = 'PENDING' AND r.expiry_warned_at IS NULL
           AND r.expires_at > $1 AND r.expires_at <= $2
         RETURNING r.id
       ) SELECT id FROM due`,
      [now, until],
    );
    return this.requestsByIds(
      em,
      rows.map((r) => r.id),
    );
  }

  insertRequest(em: EntityManager, values: RequestValues): Promise<MeetingRequestEntity> {
    return em.save(MeetingRequestEntity, em.create(MeetingRequestEntity, values));
  }

  /** Compare-and-set on the stored status, so two answers to one request cannot both win. */
  async answerRequest(
    em: EntityManager,
    id: string,
    from: MeetingRequestStatus,
    to: MeetingRequestStatus,
  ): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(MeetingRequestEntity)
      .set({ status: to, respondedAt: () => 'now()' })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Clears the event's reasons, then sets the given ones a few hundred per statement, letting other work in between. */
  async setUnscheduledReasons(
    em: EntityManager,
    eventId: string,
    reasons: { requestId: string; code: string; message: LocalText }[],
  ): Promise<void> {
    await em.query(
      `UPDATE meeting_requests SET unscheduled_code = NULL, unscheduled_message = NULL, unscheduled_message_en = NULL
       WHERE event_id = $1
         AND (unscheduled_code IS NOT NULL OR unscheduled_message IS NOT NULL OR unscheduled_message_en IS NOT NULL)`,
      [eventId],
    );
    for (const part of chunks(reasons, WRITE_BATCH)) {
      await yieldToEventLoop();
      await em.query(
        `UPDATE meeting_requests r SET unscheduled_code = v.code, unscheduled_message = v.zh, unscheduled_message_en = v.en
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS v(id, code, zh, en)
         WHERE r.id = v.id AND r.event_id = $5`,
        [
          part.map((r) => r.requestId),
          part.map((r) => r.code),
          part.map((r) => r.message['zh-CN']),
          part.map((r) => r.message.en),
          eventId,
        ],
      );
    }
  }

  async setUnscheduledReason(
    em: EntityManager,
    requestId: string,
    code: string | null,
    message: LocalText | null,
  ): Promise<void> {
    await em.update(
      MeetingRequestEntity,
      { id: requestId },
      {
        unscheduledCode: code,
        unscheduledMessage: message?.['zh-CN'] ?? null,
        unscheduledMessageEn: message?.en ?? null,
      },
    );
  }

  /** In creation order, read in pages (a schedule has thousands). */
  meetingsOf(em: EntityManager, eventId: string): Promise<MeetingEntity[]> {
    return readInPages(em.createQueryBuilder(MeetingEntity, 'm').where('m.event_id = :eventId', { eventId }), 'm');
  }

  /** Row-locks one meeting for the rest of the transaction (PostgreSQL). */
  lockMeeting(em: EntityManager, id: string): Promise<MeetingEntity | null> {
    return em.createQueryBuilder(MeetingEntity, 'm').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  meetingsByIds(em: EntityManager, ids: readonly string[]): Promise<MeetingEntity[]> {
    return ids.length ? em.find(MeetingEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  /** Meetings with a seat for the participant, and how many each of the given participants has. */
  async seatCounts(
    em: EntityManager,
    eventId: string,
    participantIds: readonly string[],
  ): Promise<Map<string, number>> {
    const rows: { participant_id: string; n: string }[] = await em.query(
      'SELECT participant_id, count(*) AS n FROM meeting_seats WHERE event_id = $1 AND participant_id = ANY($2::uuid[]) GROUP BY participant_id',
      [eventId, [...participantIds]],
    );
    return new Map(rows.map((r) => [r.participant_id, Number(r.n)]));
  }

  seatsOf(em: EntityManager, eventId: string, participantIds: readonly string[]): Promise<MeetingSeatEntity[]> {
    return participantIds.length
      ? em.find(MeetingSeatEntity, { where: { eventId, participantId: In([...participantIds]) } })
      : Promise.resolve([]);
  }

  seatsOfMeetings(em: EntityManager, meetingIds: readonly string[]): Promise<MeetingSeatEntity[]> {
    return meetingIds.length
      ? em.find(MeetingSeatEntity, { where: { meetingId: In([...meetingIds]) } })
      : Promise.resolve([]);
  }

  meetingIdsOfParticipant(em: EntityManager, participantId: string): Promise<MeetingSeatEntity[]> {
    return em.find(MeetingSeatEntity, { where: { participantId } });
  }

  async participantIdsOfMeeting(em: EntityManager, meetingId: string): Promise<string[]> {
    return (await em.find(MeetingSeatEntity, { where: { meetingId } })).map((s) => s.participantId);
  }

  /**
   * Inserts meetings and their seats, a batch per multi-row INSERT (a schedule writes thousands), yielding to other
   * work between statements; a double booking surfaces as CONFLICT. Runs in the caller's transaction.
   */
  async place(em: EntityManager, eventId: string, placements: readonly Placement[]): Promise<MeetingEntity[]> {
    const out: MeetingEntity[] = [];
    try {
      for (const part of chunks(placements, WRITE_BATCH)) {
        if (out.length) await yieldToEventLoop();
        const meetings = part.map((p) =>
          em.create(MeetingEntity, {
            eventId,
            requestId: p.requestId,
            slotId: p.slotId,
            tableId: p.tableId,
            locked: p.locked,
          }),
        );
        // The query builder fills each entity's generated id and created_at from the one statement's RETURNING.
        await em.createQueryBuilder().insert().into(MeetingEntity).values(meetings).execute();
        await yieldToEventLoop();
        const seats = part.flatMap((p, i) =>
          p.participantIds.map((participantId) => ({
            meetingId: meetings[i].id,
            participantId,
            slotId: p.slotId,
            eventId,
          })),
        );
        await em.createQueryBuilder().insert().into(MeetingSeatEntity).values(seats).execute();
        out.push(...meetings);
      }
    } catch (error) {
      throw bookingConflict(error);
    }
    return out;
  }

  /** Seats follow through ON UPDATE CASCADE, so the seat constraint checks the move too. */
  async move(em: EntityManager, id: string, slotId: string, tableId: string): Promise<void> {
    try {
      await em.update(MeetingEntity, { id }, { slotId, tableId });
    } catch (error) {
      throw bookingConflict(error);
    }
  }

  async setLocked(em: EntityManager, id: string, locked: boolean): Promise<void> {
    await em.update(MeetingEntity, { id }, { locked });
  }

  async setAttendance(em: EntityManager, id: string, attendance: Attendance): Promise<void> {
    await em.update(MeetingEntity, { id }, { attendance });
  }

  /** `note` undefined keeps the meeting's note as it is. */
  async setOutcome(em: EntityManager, id: string, outcome: MeetingOutcome, note?: string | null): Promise<void> {
    await em.update(MeetingEntity, { id }, note === undefined ? { outcome } : { outcome, outcomeNote: note });
  }

  async remove(em: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length) await em.delete(MeetingEntity, { id: In([...ids]) });
  }
}

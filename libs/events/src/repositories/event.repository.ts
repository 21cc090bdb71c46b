import { Injectable } from '@nestjs/common';
import { readInPages, updateIfVersion } from '@app/database';
import { EntityManager, In } from 'typeorm';
import {
  EventEntity,
  EventSlotEntity,
  EventTableEntity,
  ParticipantEntity,
  RoadshowEntity,
} from '../entities/event.entities';
import { EventStatus, TimeRange } from '../domain/values';

export type EventValues = Omit<EventEntity, 'id' | 'version' | 'rosterVersion' | 'createdAt' | 'updatedAt'>;
export type ParticipantValues = Pick<
  ParticipantEntity,
  'eventId' | 'userIds' | 'unavailableSlotIds' | 'maxMeetings'
> & { orgId: string };
export type GuestValues = Pick<ParticipantEntity, 'eventId' | 'unavailableSlotIds' | 'maxMeetings'> & {
  guestName: string;
  guestOrgName: string;
  guestPhone: string | null;
  guestEmail: string | null;
};

/** An event with its grid, tables and roadshow, read together so a list never makes one query per event. */
export interface EventDetail {
  event: EventEntity;
  slots: EventSlotEntity[];
  tables: EventTableEntity[];
  roadshows: RoadshowEntity[];
}

@Injectable()
export class EventRepository {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<EventEntity[]> {
    return ids.length ? em.find(EventEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  /**
   * Row-locks the event for the rest of the transaction (PostgreSQL). Status changes take it exclusively; schedule
   * edits share it, so they exclude a status change but not each other (the unique constraints judge those).
   */
  async lockById(
    em: EntityManager,
    id: string,
    mode: 'exclusive' | 'shared' = 'exclusive',
  ): Promise<EventEntity | null> {
    const lock = mode === 'exclusive' ? 'pessimistic_write' : 'pessimistic_read';
    return em.createQueryBuilder(EventEntity, 'e').setLock(lock).where('e.id = :id', { id }).getOne();
  }

  /** Claims the published events on `day` whose reminder has not gone out (once, whichever process sweeps). */
  async claimReminders(em: EntityManager, day: string, now: Date): Promise<EventEntity[]> {
    const rows: { id: string }[] = await em.query(
      `WITH due AS (
         UPDATE events SET reminder_sent_at = $2 WHERE status = 'PUBLISHED' AND date = $1 AND reminder_sent_at IS NULL RETURNING id
       ) SELECT id FROM due`,
      [day, now],
    );
    return this.findByIds(
      em,
      rows.map((r) => r.id),
    );
  }

  listByStatuses(em: EntityManager, statuses: EventStatus[] | null): Promise<EventEntity[]> {
    const where = statuses ? { status: In(statuses) } : {};
    return em.find(EventEntity, { where, order: { date: 'DESC', createdAt: 'DESC' }, take: 200 });
  }

  slotsByIds(em: EntityManager, ids: readonly string[]): Promise<EventSlotEntity[]> {
    return ids.length ? em.find(EventSlotEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  tablesByIds(em: EntityManager, ids: readonly string[]): Promise<EventTableEntity[]> {
    return ids.length ? em.find(EventTableEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  async details(em: EntityManager, events: EventEntity[]): Promise<EventDetail[]> {
    const ids = events.map((e) => e.id);
    if (!ids.length) return [];
    // One after another: inside a transaction the manager has a single connection.
    const slots = await em.find(EventSlotEntity, { where: { eventId: In(ids) }, order: { position: 'ASC' } });
    const tables = await em.find(EventTableEntity, { where: { eventId: In(ids) }, order: { name: 'ASC' } });
    const roadshows = await em.find(RoadshowEntity, { where: { eventId: In(ids) }, order: { startsAt: 'ASC' } });
    return events.map((event) => ({
      event,
      slots: slots.filter((s) => s.eventId === event.id),
      tables: tables.filter((t) => t.eventId === event.id),
      roadshows: roadshows.filter((r) => r.eventId === event.id),
    }));
  }

  insert(em: EntityManager, values: EventValues): Promise<EventEntity> {
    return em.save(EventEntity, em.create(EventEntity, { ...values, version: 1, rosterVersion: 1 }));
  }

  /** A registration changed: scheduler runs that read the old roster must start again (coordinators' version untouched). */
  async bumpRoster(em: EntityManager, id: string): Promise<void> {
    await em.query('UPDATE events SET roster_version = roster_version + 1 WHERE id = $1', [id]);
  }

  /** Deletes the event and (by cascade) its grid, tables and roadshow; false when it was not at `version`. */
  async deleteIfVersion(em: EntityManager, id: string, version: number): Promise<boolean> {
    const result = await em.delete(EventEntity, { id, version });
    return (result.affected ?? 0) === 1;
  }

  updateIfVersion(em: EntityManager, id: string, version: number, values: Partial<EventValues>): Promise<boolean> {
    return updateIfVersion(em, EventEntity, id, version, values as Partial<EventEntity>);
  }

  async replaceSlots(em: EntityManager, eventId: string, grid: TimeRange[]): Promise<void> {
    await em.delete(EventSlotEntity, { eventId });
    if (grid.length)
      await em.insert(
        EventSlotEntity,
        grid.map((s, position) => ({ eventId, position, startsAt: s.start, endsAt: s.end })),
      );
  }

  async replaceTables(em: EntityManager, eventId: string, tables: { name: string; capacity: number }[]): Promise<void> {
    await em.delete(EventTableEntity, { eventId });
    if (tables.length)
      await em.insert(
        EventTableEntity,
        tables.map((t) => ({ eventId, ...t })),
      );
  }

  async replaceRoadshows(
    em: EntityManager,
    eventId: string,
    rows: Omit<RoadshowEntity, 'id' | 'eventId'>[],
  ): Promise<void> {
    await em.delete(RoadshowEntity, { eventId });
    if (rows.length)
      await em.insert(
        RoadshowEntity,
        rows.map((r) => ({ eventId, ...r })),
      );
  }

  /** In registration order, read in pages (an event may have hundreds). */
  participantsOf(em: EntityManager, eventId: string): Promise<ParticipantEntity[]> {
    return readInPages(em.createQueryBuilder(ParticipantEntity, 'p').where('p.event_id = :eventId', { eventId }), 'p');
  }

  participantsByIds(em: EntityManager, ids: readonly string[]): Promise<ParticipantEntity[]> {
    return ids.length ? em.find(ParticipantEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  /** Locks participants in id order so two bookings of the same people queue instead of deadlocking. */
  lockParticipants(em: EntityManager, ids: readonly string[]): Promise<ParticipantEntity[]> {
    return em
      .createQueryBuilder(ParticipantEntity, 'p')
      .setLock('pessimistic_write')
      .where('p.id IN (:...ids)', { ids })
      .orderBy('p.id')
      .getMany();
  }

  /** The organisation's registrations for events in the given states, newest event first. */
  participationsOfOrg(em: EntityManager, orgId: string, statuses: EventStatus[]): Promise<ParticipantEntity[]> {
    return em
      .createQueryBuilder(ParticipantEntity, 'p')
      .innerJoin(EventEntity, 'e', 'e.id = p.event_id')
      .where('p.org_id = :orgId AND e.status IN (:...statuses)', { orgId, statuses })
      .orderBy('e.date', 'DESC')
      .limit(200)
      .getMany();
  }

  participantOfOrg(em: EntityManager, eventId: string, orgId: string): Promise<ParticipantEntity | null> {
    return em.findOne(ParticipantEntity, { where: { eventId, orgId } });
  }

  /** Registers or re-registers (same organisation): one row per organisation and event. */
  async upsertParticipant(em: EntityManager, values: ParticipantValues): Promise<ParticipantEntity> {
    await em.query(
      `INSERT INTO event_participants (event_id, org_id, user_ids, unavailable_slot_ids, max_meetings) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (event_id, org_id) DO UPDATE SET user_ids = EXCLUDED.user_ids, unavailable_slot_ids = EXCLUDED.unavailable_slot_ids, max_meetings = EXCLUDED.max_meetings`,
      [values.eventId, values.orgId, values.userIds, values.unavailableSlotIds, values.maxMeetings],
    );
    return (await this.participantOfOrg(em, values.eventId, values.orgId)) as ParticipantEntity;
  }

  insertGuest(em: EntityManager, values: GuestValues): Promise<ParticipantEntity> {
    return em.save(ParticipantEntity, em.create(ParticipantEntity, { ...values, orgId: null, userIds: [] }));
  }

  async checkIn(em: EntityManager, participantId: string): Promise<void> {
    await em.update(ParticipantEntity, { id: participantId }, { checkedInAt: () => 'COALESCE(checked_in_at, now())' });
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A position in the change log: the transaction id and the row after which to read. */
export interface ChangeCursor {
  tx: string;
  seq: string;
}

export interface ChangeRow {
  seq: string;
  tx: string;
  entity_type: 'ACHIEVEMENT' | 'NEED';
  entity_id: string;
}

/** The oldest transaction still running, as the database sees it now: every change below it is final. */
const HORIZON = `pg_snapshot_xmin(pg_current_snapshot())`;

/**
 * `search_changes`, written by a trigger on every outbox insert. Followers read it in (transaction id, seq) order,
 * up to the horizon only: a transaction still open may hold a lower id than changes already committed, and
 * reading past it would step over its change for good.
 */
@Injectable()
export class ChangeLogRepository {
  /** The cursor from which a reader sees every change not yet visible to a snapshot taken now. */
  async start(em: EntityManager): Promise<ChangeCursor> {
    const [row] = await em.query(`SELECT ${HORIZON}::text AS tx`);
    return { tx: row.tx, seq: '0' };
  }

  /** Final changes after `cursor`, oldest first. */
  read(em: EntityManager, cursor: ChangeCursor, limit: number): Promise<ChangeRow[]> {
    return em.query(
      `SELECT seq::text, tx::text, entity_type, entity_id FROM search_changes
       WHERE (tx, seq) > ($1::xid8, $2::bigint) AND tx < ${HORIZON}
       ORDER BY tx, seq LIMIT $3`,
      [cursor.tx, cursor.seq, limit],
    );
  }

  /** How many changes follow `cursor` (a long backlog is cheaper to rebuild than to replay). */
  async countSince(em: EntityManager, cursor: ChangeCursor): Promise<number> {
    const [row] = await em.query(
      `SELECT count(*)::int AS c FROM search_changes WHERE (tx, seq) > ($1::xid8, $2::bigint)`,
      [cursor.tx, cursor.seq],
    );
    return Number(row.c);
  }

  /** Which database cluster and database this is: a snapshot's position means nothing in another one. */
  async identity(em: EntityManager): Promise<string> {
    const [row] = await em.query(
      `SELECT system_identifier::text || '/' || current_database() AS id FROM pg_control_system()`,
    );
    return String(row.id);
  }

  /**
   * Hands every listing changed at or after `since` (committed by now) back to the outbox, so the relay re-indexes
   * it with its leases and ordering. Returns how many listings.
   */
  async requeueSince(em: EntityManager, since: ChangeCursor): Promise<number> {
    const rows: unknown = await em.query(
      `INSERT INTO search_outbox (entity_type, entity_id)
       SELECT DISTINCT entity_type, entity_id FROM search_changes WHERE (tx, seq) > ($1::xid8, $2::bigint)
       RETURNING id`,
      [since.tx, since.seq],
    );
    return (rows as unknown[]).length;
  }

  /** Drops changes older than `hours`; a follower that fell that far behind rebuilds instead. */
  async prune(em: EntityManager, hours: number): Promise<void> {
    await em.query(`DELETE FROM search_changes WHERE created_at < now() - make_interval(hours => $1)`, [hours]);
  }
}

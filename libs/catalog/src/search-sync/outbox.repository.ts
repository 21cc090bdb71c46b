import { Injectable } from '@nestjs/common';
import { rowsOf } from '@app/database';
import { EntityManager } from 'typeorm';

export interface OutboxRow {
  id: string;
  entity_type: 'ACHIEVEMENT' | 'NEED';
  entity_id: string;
  attempts: number;
  /** Identifies this claim; a relay acts on a row only while it still holds the token. */
  lease_token: string;
  created_at: Date;
}

export interface DeadLetterRow {
  id: string;
  entity_type: string;
  entity_id: string;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  failed_at: Date;
}

/** The search outbox: rows are claimed with a lease, so several relays (or a crashed one) never lose work. */
@Injectable()
export class OutboxRepository {
  /**
   * Claims due rows, a whole listing at a time: every pending row of up to `limit` listings that no relay holds.
   * Claims are serialised by a transaction-scoped advisory lock, so the statement after it sees every lease
   * already committed; two relays therefore never hold rows of one listing, and an older read can never be
   * upserted after a newer one.
   */
  async claim(em: EntityManager, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
    await em.query(`SELECT pg_advisory_xact_lock(7412001)`);
    const result: unknown = await em.query(
      `UPDATE search_outbox SET lease_until = now() + make_interval(secs => $2), lease_token = gen_random_uuid(), attempts = attempts + 1
       WHERE (lease_until IS NULL OR lease_until < now()) AND entity_id IN (
         SELECT entity_id FROM search_outbox o
         WHERE o.next_attempt_at <= now()
           AND NOT EXISTS (SELECT 1 FROM search_outbox held WHERE held.entity_id = o.entity_id AND held.lease_until >= now())
         GROUP BY entity_id ORDER BY min(id) LIMIT $1)
       RETURNING id, entity_type, entity_id, attempts, lease_token, created_at`,
      [limit, leaseSeconds],
    );
    return rowsOf<OutboxRow>(result);
  }

  /** Done only while the lease is still ours: a relay that lost its lease must not delete re-claimed rows. */
  async complete(em: EntityManager, rows: OutboxRow[]): Promise<void> {
    if (!rows.length) return;
    // One statement per batch: the relay completes up to a few hundred rows at a time.
    await em.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[]) AND lease_token = ANY($2::uuid[])`, [
      rows.map((r) => r.id),
      [...new Set(rows.map((r) => r.lease_token))],
    ]);
  }

  async retryLater(
    em: EntityManager,
    rows: OutboxRow[],
    error: string,
    backoffSeconds: (attempts: number) => number,
  ): Promise<void> {
    for (const row of rows) {
      await em.query(
        `UPDATE search_outbox SET lease_until = NULL, lease_token = NULL, last_error = $3, next_attempt_at = now() + make_interval(secs => $4)
         WHERE id = $1 AND lease_token = $2`,
        [row.id, row.lease_token, error.slice(0, 2000), backoffSeconds(row.attempts)],
      );
    }
  }

  async moveToDeadLetters(em: EntityManager, rows: OutboxRow[], error: string): Promise<void> {
    for (const row of rows) {
      const deleted = rowsOf(
        await em.query(`DELETE FROM search_outbox WHERE id = $1 AND lease_token = $2 RETURNING id`, [
          row.id,
          row.lease_token,
        ]),
      );
      if (!deleted.length) continue;
      await em.query(
        `INSERT INTO search_dead_letters (entity_type, entity_id, attempts, last_error, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [row.entity_type, row.entity_id, row.attempts, error.slice(0, 2000), row.created_at],
      );
    }
  }

  /**
   * Deletes up to `limit` rows without indexing them: a process-local engine follows the change log instead, which
   * every process reads in full. Returns how many.
   */
  async discard(em: EntityManager, limit: number): Promise<number> {
    return rowsOf(
      await em.query(
        `DELETE FROM search_outbox WHERE id IN (SELECT id FROM search_outbox ORDER BY id LIMIT $1) RETURNING id`,
        [limit],
      ),
    ).length;
  }

  /**
   * Deletes up to `limit` rows written by transactions that had finished before `horizon` (a `pg_snapshot_xmin`
   * taken before a rebuild read the catalog): the rebuild already holds their changes. Rows of transactions still
   * open then, or begun since, stay. Returns how many were deleted.
   */
  async clearCovered(em: EntityManager, horizon: string, limit: number): Promise<number> {
    const rows: unknown = await em.query(
      `DELETE FROM search_outbox WHERE id IN (SELECT id FROM search_outbox WHERE tx < $1::xid8 LIMIT $2) RETURNING id`,
      [horizon, limit],
    );
    return rowsOf(rows).length;
  }

  async pending(em: EntityManager): Promise<number> {
    const [row] = await em.query(`SELECT count(*) AS c FROM search_outbox`);
    return Number(row.c);
  }

  listDeadLetters(em: EntityManager, limit: number): Promise<DeadLetterRow[]> {
    return em.query(`SELECT * FROM search_dead_letters ORDER BY id DESC LIMIT $1`, [limit]);
  }

  /** Requeues dead letters (after the engine is fixed) and clears them. */
  async requeueDeadLetters(em: EntityManager): Promise<number> {
    const rows = rowsOf(
      await em.query(
        `WITH moved AS (DELETE FROM search_dead_letters RETURNING entity_type, entity_id)
       INSERT INTO search_outbox (entity_type, entity_id) SELECT entity_type, entity_id FROM moved RETURNING id`,
      ),
    );
    return rows.length;
  }

  /**
   * Listings whose indexed copy may show more than outsiders may now see: a change not yet indexed (pending or dead
   * letter) left them confidential or not public, or their validity ended lately (before the day's sweep re-projects
   * them). Public listings with a pending change are not named: their older copy was public too.
   */
  async staleHiddenIds(em: EntityManager, today: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(
      `SELECT p.entity_id AS id FROM (SELECT entity_id FROM search_outbox UNION SELECT entity_id FROM search_dead_letters) p
       WHERE NOT EXISTS (SELECT 1 FROM achievements a WHERE a.id = p.entity_id AND a.status = 'PUBLISHED' AND (a.valid_until IS NULL OR a.valid_until >= $1::date))
         AND NOT EXISTS (SELECT 1 FROM needs n WHERE n.id = p.entity_id AND n.status = 'OPEN' AND NOT n.confidential)
       UNION
       SELECT id FROM achievements WHERE status = 'PUBLISHED' AND valid_until < $1::date AND valid_until >= $1::date - 2`,
      [today],
    );
    return rows.map((r) => r.id);
  }

  /** Listings whose validity ended recently must be re-projected (as EXPIRED). */
  async enqueueRecentlyExpired(em: EntityManager, today: string): Promise<void> {
    await em.query(
      `INSERT INTO search_outbox (entity_type, entity_id)
       SELECT 'ACHIEVEMENT', id FROM achievements
       WHERE status = 'PUBLISHED' AND valid_until < $1::date AND valid_until >= $1::date - 2`,
      [today],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface ThrottlePolicy {
  /** Failures allowed before waits begin. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  baseDelaySeconds: number;
  /** Failures are forgotten this long after the last one; also the longest wait. */
  windowSeconds: number;
}

export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

// The failure count this attempt makes: 1 again once the window since the last failure has passed.
const NEXT = `(CASE WHEN t.last_failure_at < now() - make_interval(secs => $4::float8) THEN 1 ELSE t.failures + 1 END)`;
const blockAfter = (n: string) =>
  `CASE WHEN ${n} >= $2 THEN now() + make_interval(secs => least($3::float8 * power(2, ${n} - $2), $4::float8)) END`;

/**
 * Failure counters keyed by scope ("acct:<email>|<address>", "addr:<address>"). An attempt is counted before the
 * password is checked, in the same statement that checks the block, so concurrent attempts cannot all pass a
 * count read before any of them wrote it; a success gives its count back.
 */
@Injectable()
export class LoginThrottleRepository {
  async reserve(em: EntityManager, key: string, p: ThrottlePolicy): Promise<Reservation> {
    const counted: unknown[] = await em.query(
      `INSERT INTO login_throttles AS t (key, failures, last_failure_at, blocked_until)
       VALUES ($1, 1, now(), ${blockAfter('1')})
       ON CONFLICT (key) DO UPDATE SET failures = ${NEXT}, last_failure_at = now(), blocked_until = ${blockAfter(NEXT)}
       WHERE t.blocked_until IS NULL OR t.blocked_until <= now()
       RETURNING failures`,
      [key, p.freeFailures, p.baseDelaySeconds, p.windowSeconds],
    );
    if (counted.length) return { ok: true };
    const [row]: { wait: number }[] = await em.query(
      `SELECT greatest(1, ceil(extract(epoch FROM blocked_until - now())))::int AS wait FROM login_throttles WHERE key = $1`,
      [key],
    );
    return { ok: false, retryAfterSeconds: row?.wait ?? 1 };
  }

  /** Gives back one counted attempt (it succeeded) and lifts the block it may have set. */
  async release(em: EntityManager, key: string): Promise<void> {
    await em.query(
      `UPDATE login_throttles SET failures = greatest(failures - 1, 0), blocked_until = NULL WHERE key = $1`,
      [key],
    );
  }

  async clearAccount(em: EntityManager, email: string): Promise<void> {
    await em.query(`DELETE FROM login_throttles WHERE starts_with(key, $1)`, [`acct:${email}|`]);
  }

  async clear(em: EntityManager, key: string): Promise<void> {
    await em.query(`DELETE FROM login_throttles WHERE key = $1`, [key]);
  }
}

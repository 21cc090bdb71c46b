import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Failed-login counters in the database, so the limit holds across processes and restarts. */
@Injectable()
export class LoginFailureRepository {
  async failuresWithin(em: EntityManager, email: string, windowSeconds: number): Promise<number> {
    const rows: { failures: number }[] = await em.query(
      `SELECT failures FROM login_failures WHERE email = $1 AND window_started_at > now() - make_interval(secs => $2)`,
      [email, windowSeconds],
    );
    return rows[0]?.failures ?? 0;
  }

  async recordFailure(em: EntityManager, email: string, windowSeconds: number): Promise<void> {
    await em.query(
      `INSERT INTO login_failures (email, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE WHEN login_failures.window_started_at > now() - make_interval(secs => $2) THEN login_failures.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN login_failures.window_started_at > now() - make_interval(secs => $2) THEN login_failures.window_started_at ELSE now() END`,
      [email, windowSeconds],
    );
  }

  async clear(em: EntityManager, email: string): Promise<void> {
    await em.query('DELETE FROM login_failures WHERE email = $1', [email]);
  }
}

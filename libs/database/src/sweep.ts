import { EntityManager } from 'typeorm';

/** TypeORM answers INSERT … RETURNING as rows, UPDATE … RETURNING as [rows, count]. */
function rowsOf(result: unknown): unknown[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as unknown[];
}

/**
 * Claims one run of a periodic sweep for `period` (a day, a zero-padded time bucket: periods must sort as text): true for exactly one caller across all
 * processes on the database, false for everyone else. A concurrent claimer waits on the row lock, then finds the
 * period already taken.
 */
export async function claimSweep(em: EntityManager, name: string, period: string): Promise<boolean> {
  const claimed = rowsOf(
    await em.query(
      `INSERT INTO sweep_runs (name, period) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET period = EXCLUDED.period, claimed_at = now() WHERE sweep_runs.period < EXCLUDED.period
       RETURNING name`,
      [name, period],
    ),
  );
  return claimed.length === 1;
}

import { Client } from 'pg';

/**
 * Empties every table of a PostgreSQL database but the migrations record, for test suites and benchmarks that
 * share one database (migrations have already run or will).
 *
 * The audit log refuses TRUNCATE through a trigger; emptying it is the harness's owner privilege, taken openly: the
 * trigger is off only inside this transaction, whose ACCESS EXCLUSIVE lock keeps every other session from seeing the
 * table without it.
 */
export async function emptyPostgres(connectionString: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    if (!rows.length) return;
    // Before the migration that adds it has run, there is no trigger to lift.
    const guarded =
      (await client.query(`SELECT 1 FROM pg_trigger WHERE tgname = 'audit_log_no_truncate'`)).rowCount === 1;
    await client.query('BEGIN');
    if (guarded) await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate');
    await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
    if (guarded) await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate');
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

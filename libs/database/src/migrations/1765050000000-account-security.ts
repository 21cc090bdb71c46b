import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access tokens are checked against the user on every request (token_version, deactivation), the generated JWT
 * secret lives in the database so processes agree, and sign-in throttling counts per (account, address) and per
 * address in one atomic statement (replaces login_failures, which was read before and written after the check).
 */
export class AccountSecurity1765050000000 implements MigrationInterface {
  name = 'AccountSecurity1765050000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
    await q.query(`
      CREATE TABLE app_secrets (
        name text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE login_throttles (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        last_failure_at timestamptz NOT NULL,
        blocked_until timestamptz
      )`);
    await q.query(`DROP TABLE login_failures`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failures (
        email text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL
      )`);
    await q.query(`DROP TABLE login_throttles`);
    await q.query(`DROP TABLE app_secrets`);
    await q.query(`ALTER TABLE users DROP COLUMN deactivated_at`);
    await q.query(`ALTER TABLE users DROP COLUMN token_version`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** One secret calendar-feed token per person; only its SHA-256 is stored. Revoking deletes the row. */
export class CalendarTokens1765036000000 implements MigrationInterface {
  name = 'CalendarTokens1765036000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_tokens (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_tokens`);
  }
}

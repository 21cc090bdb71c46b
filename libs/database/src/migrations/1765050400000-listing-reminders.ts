import { MigrationInterface, QueryRunner } from 'typeorm';

/** One reminder per listing and end date, however often the sweep runs and however many processes run it. */
export class ListingReminders1765050400000 implements MigrationInterface {
  name = 'ListingReminders1765050400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE listing_expiry_reminders (
        entity_type text NOT NULL CHECK (entity_type IN ('ACHIEVEMENT','NEED')),
        entity_id uuid NOT NULL,
        ends_on date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entity_type, entity_id, ends_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE listing_expiry_reminders`);
  }
}

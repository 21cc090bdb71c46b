import { MigrationInterface, QueryRunner } from 'typeorm';

/** Events can be CANCELLED (from any state before CLOSED); the reason is kept with the event. */
export class EventCancelled1765032000000 implements MigrationInterface {
  name = 'EventCancelled1765032000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events DROP CONSTRAINT events_status_check`);
    await q.query(
      `ALTER TABLE events ADD CONSTRAINT events_status_check CHECK (status IN ('DRAFT','OPEN','SCHEDULED','PUBLISHED','CLOSED','CANCELLED'))`,
    );
    await q.query(`ALTER TABLE events ADD COLUMN cancel_reason text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events DROP COLUMN cancel_reason`);
    await q.query(`ALTER TABLE events DROP CONSTRAINT events_status_check`);
    await q.query(
      `ALTER TABLE events ADD CONSTRAINT events_status_check CHECK (status IN ('DRAFT','OPEN','SCHEDULED','PUBLISHED','CLOSED'))`,
    );
  }
}

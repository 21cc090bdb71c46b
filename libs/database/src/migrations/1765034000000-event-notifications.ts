import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event notices: notifications name their event; a pending meeting request is warned once before it expires and
 * a published event's day-before reminder goes out once (the sweep claims rows with UPDATE … RETURNING).
 */
export class EventNotifications1765034000000 implements MigrationInterface {
  name = 'EventNotifications1765034000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN event_id uuid REFERENCES events(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE meeting_requests ADD COLUMN expiry_warned_at timestamptz`);
    await q.query(`ALTER TABLE events ADD COLUMN reminder_sent_at timestamptz`);
    await q.query(
      `CREATE INDEX meeting_requests_pending_expiry_idx ON meeting_requests (expires_at) WHERE status = 'PENDING' AND expiry_warned_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_requests_pending_expiry_idx`);
    await q.query(`ALTER TABLE events DROP COLUMN reminder_sent_at`);
    await q.query(`ALTER TABLE meeting_requests DROP COLUMN expiry_warned_at`);
    await q.query(`ALTER TABLE notifications DROP COLUMN event_id`);
  }
}

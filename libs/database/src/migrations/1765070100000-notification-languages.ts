import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notices in the reader's language (`message` is Chinese, `message_en` English; older rows have Chinese
 * only), and notices about a listing (a published achievement or an open need about to end) that link to it.
 */
export class NotificationLanguages1765070100000 implements MigrationInterface {
  name = 'NotificationLanguages1765070100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN message_en text`);
    await q.query(
      `ALTER TABLE notifications ADD COLUMN listing_type text CHECK (listing_type IN ('ACHIEVEMENT','NEED'))`,
    );
    await q.query(`ALTER TABLE notifications ADD COLUMN listing_id uuid`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_listing_pair CHECK ((listing_type IS NULL) = (listing_id IS NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_listing_pair`);
    await q.query(`ALTER TABLE notifications DROP COLUMN listing_id`);
    await q.query(`ALTER TABLE notifications DROP COLUMN listing_type`);
    await q.query(`ALTER TABLE notifications DROP COLUMN message_en`);
  }
}

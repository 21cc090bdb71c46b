import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices are written in both languages: `message` stays the Chinese text (the default), `message_en` holds the
 * English one, read when the request asks for English. Rows from before have none and read in Chinese.
 */
export class NotificationEnglish1765070000000 implements MigrationInterface {
  name = 'NotificationEnglish1765070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications ADD COLUMN message_en text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN message_en`);
  }
}

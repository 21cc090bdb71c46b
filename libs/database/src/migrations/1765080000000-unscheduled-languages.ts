import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a meeting request was left out of the schedule, in the reader's language: `unscheduled_message` becomes
 * Chinese and `unscheduled_message_en` English. Reasons written before were English: they move to the English
 * column (Chinese readers see the code's sentence until the next schedule run writes both).
 */
export class UnscheduledLanguages1765080000000 implements MigrationInterface {
  name = 'UnscheduledLanguages1765080000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_requests ADD COLUMN unscheduled_message_en text`);
    await q.query(
      `UPDATE meeting_requests SET unscheduled_message_en = unscheduled_message, unscheduled_message = NULL
       WHERE unscheduled_message IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE meeting_requests SET unscheduled_message = coalesce(unscheduled_message_en, unscheduled_message)`,
    );
    await q.query(`ALTER TABLE meeting_requests DROP COLUMN unscheduled_message_en`);
  }
}

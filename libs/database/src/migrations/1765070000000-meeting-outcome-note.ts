import { MigrationInterface, QueryRunner } from 'typeorm';

/** What was agreed at a 1:1 meeting, in the rater's words, beside its outcome (at most 1,000 characters). */
export class MeetingOutcomeNote1765070000000 implements MigrationInterface {
  name = 'MeetingOutcomeNote1765070000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meetings ADD COLUMN outcome_note text`);
    await q.query(
      `ALTER TABLE meetings ADD CONSTRAINT meetings_outcome_note_length CHECK (char_length(outcome_note) <= 1000)`,
    );
    // A note belongs to a rating: none without an outcome.
    await q.query(
      `ALTER TABLE meetings ADD CONSTRAINT meetings_outcome_note_needs_outcome CHECK (outcome_note IS NULL OR outcome IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meetings DROP CONSTRAINT meetings_outcome_note_needs_outcome`);
    await q.query(`ALTER TABLE meetings DROP CONSTRAINT meetings_outcome_note_length`);
    await q.query(`ALTER TABLE meetings DROP COLUMN outcome_note`);
  }
}

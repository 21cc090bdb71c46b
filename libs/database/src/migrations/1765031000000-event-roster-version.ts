import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations get their own counter: `version` is what coordinators edit (the set-up, the grid, the status), so
 * a participant registering no longer makes a coordinator's publishEvent answer CONFLICT. A scheduler run checks
 * both: its result is stale when either changed while it solved.
 */
export class EventRosterVersion1765031000000 implements MigrationInterface {
  name = 'EventRosterVersion1765031000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events ADD COLUMN roster_version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE events DROP COLUMN roster_version`);
  }
}

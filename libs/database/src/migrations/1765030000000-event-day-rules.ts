import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting recorded as NO_SHOW cannot carry an outcome that says it took place (the service refuses it; this is
 * the database's word on it, against any writer). NOT VALID: rows written before the rule are left as they are.
 */
export class EventDayRules1765030000000 implements MigrationInterface {
  name = 'EventDayRules1765030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE meetings ADD CONSTRAINT meetings_no_show_did_not_take_place
        CHECK (attendance IS DISTINCT FROM 'NO_SHOW' OR outcome IS NULL OR outcome = 'DID_NOT_TAKE_PLACE') NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meetings DROP CONSTRAINT meetings_no_show_did_not_take_place`);
  }
}

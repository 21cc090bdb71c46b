import { MigrationInterface, QueryRunner } from 'typeorm';

/** The row-level trigger refuses UPDATE and DELETE; TRUNCATE fires no row triggers, so it needs its own. */
export class AuditLogNoTruncate1765010000000 implements MigrationInterface {
  name = 'AuditLogNoTruncate1765010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
  }
}

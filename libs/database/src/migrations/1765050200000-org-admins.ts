import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation administrators: a flag beside the role, so an enterprise's admin stays an RD_LEAD (and a
 * university's an OFFICER) for every catalog and matching right, and manages the organisation's people on top.
 */
export class OrgAdmins1765050200000 implements MigrationInterface {
  name = 'OrgAdmins1765050200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN org_admin boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX users_pending_invitations_idx ON users(org_id, invitation_expires_at) WHERE password_hash IS NULL AND invitation_hash IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_pending_invitations_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN org_admin`);
  }
}

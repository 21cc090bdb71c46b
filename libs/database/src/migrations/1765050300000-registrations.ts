import { MigrationInterface, QueryRunner } from 'typeorm';

/** Enterprise self-registration: an application waits for a coordinator's approval (or rejection with a reason). */
export class Registrations1765050300000 implements MigrationInterface {
  name = 'Registrations1765050300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registration_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_name text NOT NULL,
        credit_code text NOT NULL,
        region text NOT NULL,
        contact_name text NOT NULL,
        contact_email text NOT NULL,
        contact_phone text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','REJECTED')),
        reason text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        org_id uuid REFERENCES organizations(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open application per enterprise: a second one while the first waits is a CONFLICT.
    await q.query(
      `CREATE UNIQUE INDEX registration_applications_pending_code_idx ON registration_applications(credit_code) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX registration_applications_status_idx ON registration_applications(status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registration_applications`);
  }
}

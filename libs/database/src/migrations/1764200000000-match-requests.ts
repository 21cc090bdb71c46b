import { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('REQUESTED','ACCEPTED','MEETING','NEGOTIATING','SIGNED')`;

export class MatchRequests1764200000000 implements MigrationInterface {
  name = 'MatchRequests1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        direction text NOT NULL CHECK (direction IN ('REQUEST','PROPOSAL')),
        achievement_id uuid NOT NULL REFERENCES achievements(id),
        need_id uuid REFERENCES needs(id),
        enterprise_org_id uuid NOT NULL REFERENCES organizations(id),
        university_org_id uuid NOT NULL REFERENCES organizations(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        answered_by uuid REFERENCES users(id),
        message text NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED','ACCEPTED','DECLINED','EXPIRED','WITHDRAWN','MEETING','NEGOTIATING','SIGNED','LANDED','CLOSED')),
        decline_reason text CHECK (decline_reason IN ('TOO_EARLY','PRICE','IP_UNCLEAR','NOT_RELEVANT','CAPACITY','OTHER')),
        decline_note text,
        close_reason text,
        contract_amount_wan double precision CHECK (contract_amount_wan > 0),
        contract_number text CHECK (char_length(contract_number) BETWEEN 1 AND 40),
        expires_at timestamptz NOT NULL,
        expiry_warned_at timestamptz,
        answered_at timestamptz,
        accepted_at timestamptz,
        signed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open request per (need — or the enterprise when there is no need — , achievement): concurrent duplicates fail here.
    await q.query(
      `CREATE UNIQUE INDEX match_requests_one_open ON match_requests (COALESCE(need_id, enterprise_org_id), achievement_id) WHERE status IN ${OPEN}`,
    );
    await q.query(`CREATE INDEX match_requests_enterprise_idx ON match_requests (enterprise_org_id, created_at)`);
    await q.query(`CREATE INDEX match_requests_university_idx ON match_requests (university_org_id, created_at)`);
    await q.query(`CREATE INDEX match_requests_due_idx ON match_requests (expires_at) WHERE status = 'REQUESTED'`);
    await q.query(`CREATE INDEX match_requests_created_idx ON match_requests (created_at)`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        match_request_id uuid REFERENCES match_requests(id),
        message text NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE match_requests`);
  }
}

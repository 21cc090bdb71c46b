import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text UNIQUE,
        name text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('UNIVERSITY','ENTERPRISE','ALLIANCE')),
        region text NOT NULL DEFAULT '',
        credit_code text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id),
        email text NOT NULL UNIQUE,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('OFFICER','RD_LEAD','COORDINATOR','ADMIN')),
        password_hash text,
        invitation_hash text UNIQUE,
        invitation_expires_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX users_org_idx ON users(org_id)`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens(family_id)`);
    await q.query(`
      CREATE TABLE login_failures (
        email text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE achievements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        org_id uuid NOT NULL REFERENCES organizations(id),
        title text NOT NULL,
        summary text NOT NULL,
        industry text NOT NULL,
        keywords text[] NOT NULL DEFAULT '{}',
        trl integer NOT NULL CHECK (trl BETWEEN 1 AND 9),
        ip jsonb NOT NULL DEFAULT '[]',
        cooperation_modes text[] NOT NULL DEFAULT '{}',
        asking_price_wan double precision CHECK (asking_price_wan >= 0),
        team text NOT NULL DEFAULT '',
        contact text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','PUBLISHED','ARCHIVED')),
        published_at date,
        valid_until date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX achievements_org_idx ON achievements(org_id)`);
    await q.query(`CREATE INDEX achievements_listing_idx ON achievements(status, industry, published_at)`);
    await q.query(`
      CREATE TABLE needs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        org_id uuid NOT NULL REFERENCES organizations(id),
        title text NOT NULL,
        description text NOT NULL,
        industry text NOT NULL,
        keywords text[] NOT NULL DEFAULT '{}',
        min_trl integer CHECK (min_trl BETWEEN 1 AND 9),
        budget_wan double precision CHECK (budget_wan >= 0),
        cooperation_modes text[] NOT NULL DEFAULT '{}',
        deadline date,
        confidential boolean NOT NULL DEFAULT false,
        contact text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','CLOSED')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX needs_org_idx ON needs(org_id)`);
    await q.query(`CREATE INDEX needs_listing_idx ON needs(status, industry, created_at)`);
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        action text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log(entity_type, entity_id, id)`);
    // Append-only is enforced by the database, not by convention.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        lease_token uuid,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_outbox_due_idx ON search_outbox(next_attempt_at)`);
    await q.query(`
      CREATE TABLE search_dead_letters (
        id bigserial PRIMARY KEY,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        attempts integer NOT NULL,
        last_error text,
        created_at timestamptz NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['search_dead_letters', 'search_outbox']) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP TRIGGER audit_log_no_change ON audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    for (const table of [
      'audit_log',
      'needs',
      'achievements',
      'login_failures',
      'refresh_tokens',
      'users',
      'organizations',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}

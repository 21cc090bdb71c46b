import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail through a transactional outbox (the row is written with the change it reports; a relay sends it and keeps
 * the delivery log), the reader's language and per-kind delivery choice, and single-use password-reset tokens.
 */
export class MailAndPasswords1765050100000 implements MigrationInterface {
  name = 'MailAndPasswords1765050100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN','en-US'))`,
    );
    await q.query(`
      CREATE TABLE mail_outbox (
        id bigserial PRIMARY KEY,
        message_id text NOT NULL UNIQUE,
        kind text NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text,
        html_body text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        lease_until timestamptz,
        lease_token uuid,
        last_error text,
        smtp_response text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_outbox_due_idx ON mail_outbox(next_attempt_at, id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX mail_outbox_log_idx ON mail_outbox(created_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE mail_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('IMMEDIATE','DAILY_DIGEST','NEVER')),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE mail_digest_items (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        summary text NOT NULL,
        link text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX mail_digest_items_user_idx ON mail_digest_items(user_id, id)`);
    await q.query(`
      CREATE TABLE password_reset_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens(user_id, created_at)`);
    await q.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens(user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX refresh_tokens_user_idx`);
    for (const table of ['password_reset_tokens', 'mail_digest_items', 'mail_preferences', 'mail_outbox'])
      await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE users DROP COLUMN locale`);
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DeliveryMode, Locale, MailRecipient, NoticeKind } from './mail.types';

/** Recipients are read from identity's users table: only active accounts (a password set, not deactivated). */
@Injectable()
export class MailRecipientRepository {
  async findActive(em: EntityManager, userIds: readonly string[]): Promise<MailRecipient[]> {
    if (!userIds.length) return [];
    const rows: { id: string; email: string; display_name: string; locale: Locale }[] = await em.query(
      `SELECT id, email, display_name, locale FROM users WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL AND password_hash IS NOT NULL`,
      [[...userIds]],
    );
    return rows.map((r) => ({ userId: r.id, email: r.email, displayName: r.display_name, locale: r.locale }));
  }
}

@Injectable()
export class MailPreferenceRepository {
  /** Each user's mode for `kind`; users without a row get IMMEDIATE. */
  async modes(em: EntityManager, userIds: readonly string[], kind: NoticeKind): Promise<Map<string, DeliveryMode>> {
    const rows: { user_id: string; mode: DeliveryMode }[] = userIds.length
      ? await em.query(`SELECT user_id, mode FROM mail_preferences WHERE user_id = ANY($1::uuid[]) AND kind = $2`, [
          [...userIds],
          kind,
        ])
      : [];
    return new Map(rows.map((r) => [r.user_id, r.mode]));
  }

  async listForUser(em: EntityManager, userId: string): Promise<Map<string, DeliveryMode>> {
    const rows: { kind: string; mode: DeliveryMode }[] = await em.query(
      `SELECT kind, mode FROM mail_preferences WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.kind, r.mode]));
  }

  async set(em: EntityManager, userId: string, kind: NoticeKind, mode: DeliveryMode): Promise<void> {
    await em.query(
      `INSERT INTO mail_preferences (user_id, kind, mode) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind) DO UPDATE SET mode = EXCLUDED.mode`,
      [userId, kind, mode],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface PasswordResetRow {
  id: string;
  userId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Single-use reset tokens; only their SHA-256 is stored. */
@Injectable()
export class PasswordResetRepository {
  async insert(em: EntityManager, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await em.query(`INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      userId,
      tokenHash,
      expiresAt,
    ]);
  }

  /** `lock` (inside a transaction): two concurrent resets with one token cannot both use it. */
  async findByHash(em: EntityManager, tokenHash: string, lock = false): Promise<PasswordResetRow | null> {
    const [row]: PasswordResetRow[] = await em.query(
      `SELECT id, user_id AS "userId", expires_at AS "expiresAt", used_at AS "usedAt" FROM password_reset_tokens WHERE token_hash = $1${lock ? ' FOR UPDATE' : ''}`,
      [tokenHash],
    );
    return row ?? null;
  }

  /** Uses up every open token of the user (the one presented and any older ones). */
  async useAll(em: EntityManager, userId: string): Promise<void> {
    await em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  async issuedSince(em: EntityManager, userId: string, seconds: number): Promise<number> {
    const [row]: { c: string }[] = await em.query(
      `SELECT count(*) AS c FROM password_reset_tokens WHERE user_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [userId, seconds],
    );
    return Number(row.c);
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshTokenEntity } from '../entities';

@Injectable()
export class RefreshTokenRepository {
  insert(
    em: EntityManager,
    values: Pick<RefreshTokenEntity, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>,
  ): Promise<RefreshTokenEntity> {
    return em.save(RefreshTokenEntity, em.create(RefreshTokenEntity, values));
  }

  /** Locks the row so two concurrent refreshes with one token cannot both rotate it. */
  findByHashForUpdate(em: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
    return em
      .createQueryBuilder(RefreshTokenEntity, 't')
      .where('t.token_hash = :tokenHash', { tokenHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  async markUsed(em: EntityManager, id: string): Promise<void> {
    await em.update(RefreshTokenEntity, { id }, { usedAt: new Date() });
  }

  /** Ends every sign-in of the user, or every one but `keepFamilyId` (the caller's own). */
  async revokeAllOfUser(em: EntityManager, userId: string, keepFamilyId: string | null = null): Promise<void> {
    await em.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR family_id <> $2::uuid)`,
      [userId, keepFamilyId],
    );
  }

  async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

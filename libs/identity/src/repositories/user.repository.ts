import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { UserEntity } from '../entities';

export type UserWithSecrets = UserEntity & { passwordHash: string | null };

@Injectable()
export class UserRepository {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? em.find(UserEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  findByOrg(em: EntityManager, orgId: string): Promise<UserEntity[]> {
    return em.find(UserEntity, { where: { orgId }, order: { email: 'ASC' } });
  }

  /** Everyone of the given organisations (ids only), e.g. to notify them. */
  async idsOfOrgs(em: EntityManager, orgIds: readonly string[]): Promise<{ id: string; orgId: string }[]> {
    if (!orgIds.length) return [];
    return em.find(UserEntity, { where: { orgId: In([...orgIds]) }, select: { id: true, orgId: true } });
  }

  findByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { email } });
  }

  /** The only read that loads the password hash; never returned past the auth service. */
  findWithPasswordByEmail(em: EntityManager, email: string): Promise<UserWithSecrets | null> {
    return em
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne() as Promise<UserWithSecrets | null>;
  }

  findByInvitationHash(em: EntityManager, invitationHash: string, lock = true): Promise<UserEntity | null> {
    const qb = em.createQueryBuilder(UserEntity, 'u').where('u.invitation_hash = :invitationHash', { invitationHash });
    return (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  }

  findByIdForUpdate(em: EntityManager, id: string): Promise<UserEntity | null> {
    return em.createQueryBuilder(UserEntity, 'u').where('u.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Invitations not yet accepted (password unset), of one organisation or of all. */
  findInvitations(em: EntityManager, orgId: string | null): Promise<UserEntity[]> {
    const qb = em
      .createQueryBuilder(UserEntity, 'u')
      .where('u.password_hash IS NULL AND u.invitation_hash IS NOT NULL');
    if (orgId) qb.andWhere('u.org_id = :orgId', { orgId });
    return qb.orderBy('u.invitation_expires_at', 'ASC').getMany();
  }

  /** Deletes a never-accepted invitation (the address becomes free again); false when it was accepted meanwhile. */
  async deleteInvitation(em: EntityManager, id: string): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .delete()
      .from(UserEntity)
      .where('id = :id AND password_hash IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async setInvitation(em: EntityManager, id: string, invitationHash: string, invitationExpiresAt: Date): Promise<void> {
    await em.update(UserEntity, { id }, { invitationHash, invitationExpiresAt, version: () => 'version + 1' });
  }

  /**
   * Changes that must end the user's access tokens at once (deactivation, role, organisation admin): the token
   * version moves with them.
   */
  async updateAccess(
    em: EntityManager,
    id: string,
    values: Partial<Pick<UserEntity, 'role' | 'orgAdmin' | 'deactivatedAt'>>,
  ): Promise<void> {
    await em.update(
      UserEntity,
      { id },
      { ...values, version: () => 'version + 1', tokenVersion: () => 'token_version + 1' },
    );
  }

  async updateProfile(
    em: EntityManager,
    id: string,
    values: Partial<Pick<UserEntity, 'displayName' | 'locale'>>,
  ): Promise<void> {
    await em.update(UserEntity, { id }, { ...values, version: () => 'version + 1' });
  }

  insert(em: EntityManager, values: Partial<UserEntity>): Promise<UserEntity> {
    return em.save(UserEntity, em.create(UserEntity, { ...values, version: 1 }));
  }

  /** `endSessions` also bumps the token version, so every access token issued before stops at once. */
  async setPassword(em: EntityManager, id: string, passwordHash: string, endSessions = false): Promise<void> {
    await em.update(
      UserEntity,
      { id },
      {
        passwordHash,
        invitationHash: null,
        invitationExpiresAt: null,
        version: () => 'version + 1',
        ...(endSessions ? { tokenVersion: () => 'token_version + 1' } : {}),
      },
    );
  }

  findWithPasswordById(em: EntityManager, id: string): Promise<UserWithSecrets | null> {
    return em
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne() as Promise<UserWithSecrets | null>;
  }
}

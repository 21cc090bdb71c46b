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

  findByInvitationHash(em: EntityManager, invitationHash: string): Promise<UserEntity | null> {
    return em
      .createQueryBuilder(UserEntity, 'u')
      .where('u.invitation_hash = :invitationHash', { invitationHash })
      .setLock('pessimistic_write')
      .getOne();
  }

  insert(em: EntityManager, values: Partial<UserEntity>): Promise<UserEntity> {
    return em.save(UserEntity, em.create(UserEntity, { ...values, version: 1 }));
  }

  async setPassword(em: EntityManager, id: string, passwordHash: string): Promise<void> {
    await em.update(UserEntity, { id }, { passwordHash, invitationHash: null, invitationExpiresAt: null, version: () => 'version + 1' });
  }
}

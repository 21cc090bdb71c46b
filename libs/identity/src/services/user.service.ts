import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, badInput, bilingual, canManagePeopleOf, forbidden, notFound, Role } from '@app/core';
import { appendAudit, Database, diff } from '@app/database';
import type { Locale } from '@app/mail';
import { orgAdminAllowed, orgAdminNotAllowed, ROLE_ORG_KIND, roleNotForOrg } from '../domain/roles';
import { UserEntity } from '../entities';
import { OrganizationRepository } from '../repositories/organization.repository';
import { RefreshTokenRepository } from '../repositories/refresh-token.repository';
import { UserRepository } from '../repositories/user.repository';
import { TokenStateCache } from './token-state';

export interface AccessPatch {
  role?: Role;
  orgAdmin?: boolean;
}

export interface ProfilePatch {
  displayName?: string;
  locale?: Locale;
}

/** People: reading them, and what coordinators and organisation admins change about them. */
@Injectable()
export class UserService {
  constructor(
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly tokenState: TokenStateCache,
  ) {}

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.read((em) => this.users.findByIds(em, ids));
  }

  async get(id: string): Promise<UserEntity> {
    const [user] = await this.findByIds([id]);
    if (!user) throw notFound('User', id);
    return user;
  }

  listByOrg(actor: Actor, orgId: string): Promise<UserEntity[]> {
    if (!canManagePeopleOf(actor, orgId) && actor.orgId !== orgId)
      throw forbidden(bilingual('您只能查看本机构的人员', 'You may only list people of your own organization'));
    return this.db.read((em) => this.users.findByOrg(em, orgId));
  }

  /** Deactivated people cannot sign in; their access and refresh tokens stop at once. */
  deactivate(actor: Actor, userId: string): Promise<UserEntity> {
    if (actor.userId === userId)
      throw badInput(
        'userId',
        bilingual('不能对自己执行此操作，请联系其他管理员', 'userId is yourself; ask another administrator'),
      );
    return this.change(actor, userId, 'DEACTIVATE', async (em, user) => {
      if (user.deactivatedAt) return {};
      await this.refreshTokens.revokeAllOfUser(em, user.id);
      return { deactivatedAt: new Date() };
    });
  }

  reactivate(actor: Actor, userId: string): Promise<UserEntity> {
    return this.change(actor, userId, 'REACTIVATE', async (_em, user) =>
      user.deactivatedAt ? { deactivatedAt: null } : {},
    );
  }

  /** Role (within what the organisation kind allows) and the organisation-admin flag. */
  updateAccess(actor: Actor, userId: string, patch: AccessPatch): Promise<UserEntity> {
    if (actor.userId === userId)
      throw badInput(
        'userId',
        bilingual('不能对自己执行此操作，请联系其他管理员', 'userId is yourself; ask another administrator'),
      );
    return this.change(actor, userId, 'UPDATE_ACCESS', async (em, user) => {
      const [org] = await this.orgs.findByIds(em, [user.orgId]);
      if (patch.role !== undefined && ROLE_ORG_KIND[patch.role] !== org.kind) throw roleNotForOrg(patch.role, org.kind);
      if (patch.role === Role.ADMIN && actor.role !== Role.ADMIN)
        throw forbidden(bilingual('只有管理员可以授予管理员角色', 'Only administrators grant the ADMIN role'));
      if (patch.orgAdmin && !orgAdminAllowed(org.kind)) throw orgAdminNotAllowed();
      return diffOnly(user, patch);
    });
  }

  async updateProfile(actor: Actor, patch: ProfilePatch): Promise<UserEntity> {
    return this.db.transaction(async (em) => {
      const [user] = await this.users.findByIds(em, [actor.userId]);
      if (!user) throw notFound('User', actor.userId);
      const changes = diff(user, patch);
      if (Object.keys(changes).length) {
        await this.users.updateProfile(em, user.id, patch);
        await appendAudit(em, {
          actorUserId: actor.userId,
          entityType: 'USER',
          entityId: user.id,
          action: 'UPDATE_PROFILE',
          changes,
        });
      }
      const [updated] = await this.users.findByIds(em, [user.id]);
      return updated;
    });
  }

  /** Locks the user, checks the caller may manage them, applies the access change (token version moves), audits. */
  private async change(
    actor: Actor,
    userId: string,
    action: string,
    decide: (
      em: EntityManager,
      user: UserEntity,
    ) => Promise<Partial<Pick<UserEntity, 'role' | 'orgAdmin' | 'deactivatedAt'>>>,
  ): Promise<UserEntity> {
    const updated = await this.db.transaction(async (em) => {
      const user = await this.users.findByIdForUpdate(em, userId);
      if (!user || !canManagePeopleOf(actor, user.orgId)) throw notFound('User', userId);
      if (user.role === Role.ADMIN && actor.role !== Role.ADMIN)
        throw forbidden(bilingual('只有管理员可以更改管理员的账户', 'Only administrators change administrators'));
      const values = await decide(em, user);
      if (Object.keys(values).length) {
        await this.users.updateAccess(em, user.id, values);
        await appendAudit(em, {
          actorUserId: actor.userId,
          entityType: 'USER',
          entityId: user.id,
          action,
          changes: diff(user, values),
        });
      }
      const [fresh] = await this.users.findByIds(em, [user.id]);
      return fresh;
    });
    this.tokenState.forget(userId);
    return updated;
  }
}

function diffOnly(user: UserEntity, patch: AccessPatch): AccessPatch {
  const out: AccessPatch = {};
  if (patch.role !== undefined && patch.role !== user.role) out.role = patch.role;
  if (patch.orgAdmin !== undefined && patch.orgAdmin !== user.orgAdmin) out.orgAdmin = patch.orgAdmin;
  return out;
}

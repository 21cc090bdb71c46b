import { Injectable } from '@nestjs/common';
import { Actor, badInput, conflict, forbidden, isAlliance, notFound, OrganizationKind, Role } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { UserEntity } from '../entities';
import { OrganizationRepository } from '../repositories/organization.repository';
import { UserRepository } from '../repositories/user.repository';
import { hashPassword } from './password-hasher';
import { checkPassword } from './password.service';
import { newOpaqueToken, sha256 } from './tokens';

const INVITATION_DAYS = 14;

/** Which organisation kind each role belongs to. */
const ROLE_ORG_KIND: Record<Role, OrganizationKind> = {
  OFFICER: OrganizationKind.UNIVERSITY,
  RD_LEAD: OrganizationKind.ENTERPRISE,
  COORDINATOR: OrganizationKind.ALLIANCE,
  ADMIN: OrganizationKind.ALLIANCE,
};

export interface InviteInput {
  orgId: string;
  email: string;
  displayName: string;
  role: Role;
}

@Injectable()
export class UserService {
  constructor(
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
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
    if (!isAlliance(actor) && actor.orgId !== orgId) throw forbidden('You may only list people of your own organization');
    return this.db.read((em) => this.users.findByOrg(em, orgId));
  }

  /** Creates the account without a password and returns the one-time invitation token. */
  async invite(actor: Actor, input: InviteInput): Promise<{ user: UserEntity; invitationToken: string }> {
    if (!isAlliance(actor)) throw forbidden('Only alliance coordinators invite users');
    if (input.role === Role.ADMIN && actor.role !== Role.ADMIN) throw forbidden('Only administrators invite administrators');
    const email = input.email.trim().toLowerCase();
    const token = newOpaqueToken();
    const user = await this.db.transaction(async (em) => {
      const [org] = await this.orgs.findByIds(em, [input.orgId]);
      if (!org) throw badInput('orgId', 'does not name an existing organization');
      if (ROLE_ORG_KIND[input.role] !== org.kind) {
        throw badInput('role', `${input.role} cannot belong to a ${org.kind} organization`);
      }
      if (await this.users.findByEmail(em, email)) throw conflict(`A user with e-mail ${email} already exists`);
      const created = await this.users.insert(em, {
        orgId: org.id,
        email,
        displayName: input.displayName,
        role: input.role,
        passwordHash: null,
        invitationHash: sha256(token),
        invitationExpiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'USER', entityId: created.id, action: 'INVITE', changes: { email, role: input.role, orgId: org.id } });
      return created;
    });
    return { user, invitationToken: token };
  }

  async acceptInvitation(token: string, password: string): Promise<UserEntity> {
    const invited = await this.db.read((em) => this.users.findByInvitationHash(em, sha256(token), false));
    checkPassword('password', password, invited ? [invited.email, invited.displayName] : []);
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (em) => {
      const user = await this.users.findByInvitationHash(em, sha256(token));
      if (!user || !user.invitationExpiresAt || user.invitationExpiresAt < new Date()) {
        throw badInput('token', 'is not a valid or unexpired invitation');
      }
      await this.users.setPassword(em, user.id, passwordHash);
      await appendAudit(em, { actorUserId: user.id, entityType: 'USER', entityId: user.id, action: 'ACCEPT_INVITATION', changes: {} });
      const [updated] = await this.users.findByIds(em, [user.id]);
      return updated;
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  APP_CONFIG,
  type AppConfig,
  badInput,
  bilingual,
  canManagePeopleOf,
  conflict,
  forbidden,
  isAlliance,
  notFound,
  Role,
  unknownOrganization,
} from '@app/core';
import { appendAudit, Database } from '@app/database';
import { appLink, Mailer, MailKind } from '@app/mail';
import { orgAdminAllowed, orgAdminNotAllowed, ROLE_ORG_KIND, roleNotForOrg } from '../domain/roles';
import { OrganizationEntity, UserEntity } from '../entities';
import { OrganizationRepository } from '../repositories/organization.repository';
import { UserRepository } from '../repositories/user.repository';
import { hashPassword } from './password-hasher';
import { checkPassword } from './password.service';
import { newOpaqueToken, sha256 } from './tokens';

export const INVITATION_DAYS = 14;
const DAY_MS = 86_400_000;

export interface InviteInput {
  orgId: string;
  email: string;
  displayName: string;
  role: Role;
  orgAdmin?: boolean;
}

export interface Invitation {
  user: UserEntity;
  /** Only where e-mail is not configured (development): the one-time token, otherwise null (it went by e-mail). */
  invitationToken: string | null;
}

/**
 * Invitations by e-mail: the account exists without a password until the invitee sets one through the link
 * (PUBLIC_URL/invite?token=…). Resending mails a new link (the old one stops working) with the same expiry;
 * reissuing also restarts the 14 days, for expired ones; revoking deletes the account that was never used.
 */
@Injectable()
export class InvitationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
    private readonly mailer: Mailer,
  ) {}

  async invite(actor: Actor, input: InviteInput): Promise<Invitation> {
    if (!canManagePeopleOf(actor, input.orgId))
      throw forbidden(
        bilingual(
          '只有联盟协调员和本机构管理员可以邀请本机构人员',
          'Only alliance coordinators and the organization’s own administrators invite its people',
        ),
      );
    if (input.role === Role.ADMIN && actor.role !== Role.ADMIN)
      throw forbidden(bilingual('只有管理员可以邀请管理员', 'Only administrators invite administrators'));
    const email = input.email.trim().toLowerCase();
    return this.db.transaction(async (em) => {
      const [org] = await this.orgs.findByIds(em, [input.orgId]);
      if (!org) throw unknownOrganization();
      if (ROLE_ORG_KIND[input.role] !== org.kind) throw roleNotForOrg(input.role, org.kind);
      if (input.orgAdmin && !orgAdminAllowed(org.kind)) throw orgAdminNotAllowed();
      const { user: created, token } = await this.createInvited(em, org, { ...input, email }, MailKind.INVITATION);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'USER',
        entityId: created.id,
        action: 'INVITE',
        changes: { email, role: input.role, orgId: org.id, orgAdmin: created.orgAdmin },
      });
      return this.answer(await this.reload(em, created.id), token);
    });
  }

  /**
   * Creates the account without a password and mails its link (an invitation, or the approval of a registration),
   * in the caller's transaction. The address must be free.
   */
  async createInvited(
    em: EntityManager,
    org: OrganizationEntity,
    input: Omit<InviteInput, 'orgId'>,
    notice: MailKind.INVITATION | MailKind.REGISTRATION_APPROVED,
  ): Promise<{ user: UserEntity; token: string }> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.findByEmail(em, email))
      throw conflict(bilingual(`电子邮箱 ${email} 已有账户`, `A user with e-mail ${email} already exists`));
    const inserted = await this.users.insert(em, {
      orgId: org.id,
      email,
      displayName: input.displayName,
      role: input.role,
      orgAdmin: input.orgAdmin ?? false,
      passwordHash: null,
    });
    const user = await this.reload(em, inserted.id);
    const token = await this.issue(em, user, org, new Date(Date.now() + INVITATION_DAYS * DAY_MS), notice);
    return { user, token };
  }

  /** A new link with the same expiry; refused for expired invitations (reissue those). */
  resend(actor: Actor, userId: string): Promise<Invitation> {
    return this.renew(actor, userId, 'RESEND_INVITATION', (user) => {
      if ((user.invitationExpiresAt as Date) < new Date())
        throw badInput(
          'userId',
          bilingual('该邀请已过期，请重新签发', 'userId names an expired invitation; reissue it'),
        );
      return user.invitationExpiresAt as Date;
    });
  }

  /** A new link valid for another 14 days, for pending and expired invitations. */
  reissue(actor: Actor, userId: string): Promise<Invitation> {
    return this.renew(actor, userId, 'REISSUE_INVITATION', () => new Date(Date.now() + INVITATION_DAYS * DAY_MS));
  }

  async revoke(actor: Actor, userId: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const user = await this.pending(em, actor, userId);
      if (!(await this.users.deleteInvitation(em, user.id)))
        throw conflict(bilingual('该邀请已被接受', 'The invitation was accepted meanwhile'));
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'USER',
        entityId: user.id,
        action: 'REVOKE_INVITATION',
        changes: { email: user.email },
      });
    });
  }

  /** Open invitations (pending and expired) of one organisation, or of all for the alliance. */
  list(actor: Actor, orgId: string | null): Promise<UserEntity[]> {
    if (orgId === null ? !isAlliance(actor) : !canManagePeopleOf(actor, orgId))
      throw forbidden(bilingual('您只能查看本机构的邀请', 'You may only see invitations of your own organization'));
    return this.db.read((em) => this.users.findInvitations(em, orgId));
  }

  async accept(token: string, password: string): Promise<UserEntity> {
    const invited = await this.db.read((em) => this.users.findByInvitationHash(em, sha256(token), false));
    checkPassword('password', password, invited ? [invited.email, invited.displayName] : []);
    const passwordHash = await hashPassword(password);
    return this.db.transaction(async (em) => {
      const user = await this.users.findByInvitationHash(em, sha256(token));
      if (!user || !user.invitationExpiresAt || user.invitationExpiresAt < new Date()) {
        throw badInput('token', bilingual('邀请链接无效或已过期', 'token is not a valid or unexpired invitation'));
      }
      await this.users.setPassword(em, user.id, passwordHash);
      await appendAudit(em, {
        actorUserId: user.id,
        entityType: 'USER',
        entityId: user.id,
        action: 'ACCEPT_INVITATION',
        changes: {},
      });
      return this.reload(em, user.id);
    });
  }

  private renew(actor: Actor, userId: string, action: string, expiry: (user: UserEntity) => Date): Promise<Invitation> {
    return this.db.transaction(async (em) => {
      const user = await this.pending(em, actor, userId);
      const [org] = await this.orgs.findByIds(em, [user.orgId]);
      const token = await this.issue(em, user, org, expiry(user));
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'USER', entityId: user.id, action, changes: {} });
      return this.answer(await this.reload(em, user.id), token);
    });
  }

  /** The invitation row, locked, if the caller may manage it. */
  private async pending(em: EntityManager, actor: Actor, userId: string): Promise<UserEntity> {
    const user = await this.users.findByIdForUpdate(em, userId);
    if (!user || !canManagePeopleOf(actor, user.orgId)) throw notFound('Invitation', userId);
    if (!user.invitationExpiresAt)
      throw badInput(
        'userId',
        bilingual('该账户已接受邀请', 'userId names an account that has already accepted its invitation'),
      );
    return user;
  }

  /** Stores a new token's hash and mails its link, in the caller's transaction. */
  private async issue(
    em: EntityManager,
    user: UserEntity,
    org: OrganizationEntity,
    expiresAt: Date,
    notice: MailKind.INVITATION | MailKind.REGISTRATION_APPROVED = MailKind.INVITATION,
  ): Promise<string> {
    const token = newOpaqueToken();
    await this.users.setInvitation(em, user.id, sha256(token), expiresAt);
    const link = appLink(this.config.publicUrl, '/invite', { token });
    const to = { userId: user.id, email: user.email, displayName: user.displayName, locale: user.locale };
    await this.mailer.send(
      em,
      to,
      notice === MailKind.INVITATION
        ? { kind: MailKind.INVITATION, orgName: org.name, link, expiresAt }
        : { kind: MailKind.REGISTRATION_APPROVED, orgName: org.name, link },
    );
    return token;
  }

  private answer(user: UserEntity, token: string): Invitation {
    return { user, invitationToken: this.config.smtpUrl ? null : token };
  }

  private async reload(em: EntityManager, id: string): Promise<UserEntity> {
    const [user] = await this.users.findByIds(em, [id]);
    return user;
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  badInput,
  bilingual,
  conflict,
  forbidden,
  isAlliance,
  isValidUscc,
  notFound,
  OrganizationKind,
  Role,
  staleVersion,
  statusLabel,
} from '@app/core';
import { appendAudit, Database, updateIfVersion } from '@app/database';
import { Mailer, MailKind } from '@app/mail';
import { OrganizationEntity, RegistrationApplicationEntity, RegistrationStatus } from '../entities';
import { badCreditCode, nameTaken } from '../domain/organization-errors';
import { OrganizationRepository } from '../repositories/organization.repository';
import { InvitationService } from './invitation.service';
import { LoginThrottle } from '../throttle/login-throttle.service';

export interface RegistrationInput {
  orgName: string;
  creditCode: string;
  region: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
}

/**
 * Enterprise self-registration: anyone applies with a valid 统一社会信用代码; a coordinator approves (the enterprise and
 * its first organisation admin are created and the contact gets the link to set a password) or rejects with a reason
 * (mailed to the contact). One open application per credit code.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly db: Database,
    private readonly orgs: OrganizationRepository,
    private readonly invitations: InvitationService,
    private readonly mailer: Mailer,
    private readonly throttle: LoginThrottle,
  ) {}

  async apply(input: RegistrationInput, clientAddress: string): Promise<RegistrationApplicationEntity> {
    const creditCode = input.creditCode.trim().toUpperCase();
    if (!isValidUscc(creditCode)) throw badCreditCode();
    await this.throttle.countRequest('register', clientAddress);
    const orgName = input.orgName.trim();
    return this.db.transaction(async (em) => {
      await this.checkFree(em, orgName, creditCode);
      const pending = await em.findOne(RegistrationApplicationEntity, {
        where: { creditCode, status: RegistrationStatus.PENDING },
      });
      if (pending)
        throw conflict(
          bilingual(
            '该统一社会信用代码已有待审核的申请',
            'An application for this 统一社会信用代码 is already waiting for review',
          ),
        );
      const saved = await em.save(
        RegistrationApplicationEntity,
        em.create(RegistrationApplicationEntity, {
          orgName,
          creditCode,
          region: input.region.trim(),
          contactName: input.contactName.trim(),
          contactEmail: input.contactEmail.trim().toLowerCase(),
          contactPhone: input.contactPhone ?? null,
          status: RegistrationStatus.PENDING,
          version: 1,
        }),
      );
      await appendAudit(em, {
        actorUserId: null,
        entityType: 'REGISTRATION',
        entityId: saved.id,
        action: 'APPLY',
        changes: { orgName, creditCode },
      });
      return saved;
    });
  }

  list(actor: Actor, status: RegistrationStatus | null): Promise<RegistrationApplicationEntity[]> {
    this.checkCoordinator(actor);
    return this.db.read((em) =>
      em.find(RegistrationApplicationEntity, { where: status ? { status } : {}, order: { createdAt: 'ASC' } }),
    );
  }

  approve(actor: Actor, id: string, version: number): Promise<RegistrationApplicationEntity> {
    return this.decide(actor, id, version, async (em, app) => {
      await this.checkFree(em, app.orgName, app.creditCode);
      const org = await this.orgs.insert(em, {
        key: null,
        name: app.orgName,
        kind: OrganizationKind.ENTERPRISE,
        region: app.region,
        creditCode: app.creditCode,
      });
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'ORGANIZATION',
        entityId: org.id,
        action: 'CREATE',
        changes: { name: org.name, creditCode: org.creditCode, registration: app.id },
      });
      const { user } = await this.invitations.createInvited(
        em,
        org,
        { email: app.contactEmail, displayName: app.contactName, role: Role.RD_LEAD, orgAdmin: true },
        MailKind.REGISTRATION_APPROVED,
      );
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'USER',
        entityId: user.id,
        action: 'INVITE',
        changes: { email: user.email, role: user.role, orgId: org.id, orgAdmin: true },
      });
      return { status: RegistrationStatus.APPROVED, orgId: org.id, reason: null };
    });
  }

  reject(actor: Actor, id: string, version: number, reason: string): Promise<RegistrationApplicationEntity> {
    const text = reason.trim();
    if (!text)
      throw badInput('reason', bilingual('请填写驳回理由，告知申请人', 'reason must say why, for the applicant'));
    return this.decide(actor, id, version, async (em, app) => {
      await this.mailer.send(
        em,
        { userId: null, email: app.contactEmail, displayName: app.contactName, locale: 'zh-CN' },
        {
          kind: MailKind.REGISTRATION_REJECTED,
          orgName: app.orgName,
          reason: text,
        },
      );
      return { status: RegistrationStatus.REJECTED, orgId: null, reason: text };
    });
  }

  private async decide(
    actor: Actor,
    id: string,
    version: number,
    outcome: (
      em: EntityManager,
      app: RegistrationApplicationEntity,
    ) => Promise<Pick<RegistrationApplicationEntity, 'status' | 'orgId' | 'reason'>>,
  ): Promise<RegistrationApplicationEntity> {
    this.checkCoordinator(actor);
    return this.db.transaction(async (em) => {
      const app = await em.findOne(RegistrationApplicationEntity, { where: { id } });
      if (!app) throw notFound('Registration application', id);
      if (app.status !== RegistrationStatus.PENDING)
        throw conflict(
          bilingual(
            `该申请已${statusLabel('registration', app.status)}`,
            `The application was already ${app.status.toLowerCase()}`,
          ),
        );
      const values = await outcome(em, app);
      if (
        !(await updateIfVersion(em, RegistrationApplicationEntity, id, version, {
          ...values,
          decidedBy: actor.userId,
          decidedAt: new Date(),
        }))
      ) {
        throw staleVersion('Registration application', id, version, app.version);
      }
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'REGISTRATION',
        entityId: id,
        action: values.status === RegistrationStatus.APPROVED ? 'APPROVE' : 'REJECT',
        changes: { ...values },
      });
      return (await em.findOne(RegistrationApplicationEntity, { where: { id } })) as RegistrationApplicationEntity;
    });
  }

  private async checkFree(em: EntityManager, name: string, creditCode: string): Promise<void> {
    if (await this.orgs.findByName(em, name)) throw nameTaken(name);
    if (await em.findOne(OrganizationEntity, { where: { creditCode } }))
      throw conflict(
        bilingual('该统一社会信用代码的机构已注册', 'An organization with this 统一社会信用代码 is already registered'),
      );
  }

  private checkCoordinator(actor: Actor): void {
    if (!isAlliance(actor))
      throw forbidden(bilingual('只有联盟协调员可以审核注册申请', 'Only alliance coordinators review registrations'));
  }
}

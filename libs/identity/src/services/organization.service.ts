import { Injectable } from '@nestjs/common';
import {
  Actor,
  badInput,
  bilingual,
  forbidden,
  isAlliance,
  isValidUscc,
  notFound,
  OrganizationKind,
  staleVersion,
} from '@app/core';
import { appendAudit, Database, diff } from '@app/database';
import { OrganizationEntity } from '../entities';
import { badCreditCode, nameTaken } from '../domain/organization-errors';
import { OrganizationRepository } from '../repositories/organization.repository';

export interface OrganizationInput {
  key?: string | null;
  name: string;
  kind: OrganizationKind;
  region: string;
  creditCode?: string | null;
}

export type OrganizationPatch = Partial<Omit<OrganizationInput, 'kind'>>;

@Injectable()
export class OrganizationService {
  constructor(
    private readonly db: Database,
    private readonly orgs: OrganizationRepository,
  ) {}

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.db.read((em) => this.orgs.findByIds(em, ids));
  }

  list(kind?: OrganizationKind): Promise<OrganizationEntity[]> {
    return this.db.read((em) => this.orgs.listAll(em, kind));
  }

  async get(id: string): Promise<OrganizationEntity> {
    const [org] = await this.findByIds([id]);
    if (!org) throw notFound('Organization', id);
    return org;
  }

  async create(actor: Actor, input: OrganizationInput): Promise<OrganizationEntity> {
    if (!isAlliance(actor))
      throw forbidden(bilingual('只有联盟协调员可以创建机构', 'Only alliance coordinators create organizations'));
    this.checkCreditCode(input.kind, input.creditCode);
    return this.db.transaction(async (em) => {
      if (await this.orgs.findByName(em, input.name)) throw nameTaken(input.name);
      const org = await this.orgs.insert(em, {
        key: input.key ?? null,
        name: input.name,
        kind: input.kind,
        region: input.region,
        creditCode: input.creditCode ?? null,
      });
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'ORGANIZATION',
        entityId: org.id,
        action: 'CREATE',
        changes: { ...input },
      });
      return org;
    });
  }

  async update(actor: Actor, id: string, version: number, patch: OrganizationPatch): Promise<OrganizationEntity> {
    if (!isAlliance(actor))
      throw forbidden(bilingual('只有联盟协调员可以编辑机构', 'Only alliance coordinators edit organizations'));
    return this.db.transaction(async (em) => {
      const [current] = await this.orgs.findByIds(em, [id]);
      if (!current) throw notFound('Organization', id);
      this.checkCreditCode(current.kind, patch.creditCode);
      if (patch.name && patch.name !== current.name && (await this.orgs.findByName(em, patch.name))) {
        throw nameTaken(patch.name);
      }
      if (!(await this.orgs.updateIfVersion(em, id, version, patch))) {
        throw staleVersion('Organization', id, version, current.version);
      }
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'ORGANIZATION',
        entityId: id,
        action: 'UPDATE',
        changes: diff(current, patch),
      });
      const [updated] = await this.orgs.findByIds(em, [id]);
      return updated;
    });
  }

  private checkCreditCode(kind: OrganizationKind, creditCode: string | null | undefined): void {
    if (creditCode === undefined || creditCode === null) return;
    if (kind !== OrganizationKind.ENTERPRISE)
      throw badInput(
        'creditCode',
        bilingual('只有企业登记统一社会信用代码', 'creditCode is only recorded for enterprises'),
      );
    if (!isValidUscc(creditCode)) throw badCreditCode();
  }
}

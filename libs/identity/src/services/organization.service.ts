import { Injectable } from '@nestjs/common';
import { Actor, badInput, conflict, forbidden, isAlliance, isValidUscc, notFound, OrganizationKind } from '@app/core';
import { appendAudit, Database, diff } from '@app/database';
import { OrganizationEntity } from '../entities';
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
    if (!isAlliance(actor)) throw forbidden('Only alliance coordinators create organizations');
    this.checkCreditCode(input.kind, input.creditCode);
    return this.db.transaction(async (em) => {
      if (await this.orgs.findByName(em, input.name)) throw conflict(`An organization named ${input.name} already exists`);
      const org = await this.orgs.insert(em, {
        key: input.key ?? null,
        name: input.name,
        kind: input.kind,
        region: input.region,
        creditCode: input.creditCode ?? null,
      });
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'ORGANIZATION', entityId: org.id, action: 'CREATE', changes: { ...input } });
      return org;
    });
  }

  async update(actor: Actor, id: string, version: number, patch: OrganizationPatch): Promise<OrganizationEntity> {
    if (!isAlliance(actor)) throw forbidden('Only alliance coordinators edit organizations');
    return this.db.transaction(async (em) => {
      const [current] = await this.orgs.findByIds(em, [id]);
      if (!current) throw notFound('Organization', id);
      this.checkCreditCode(current.kind, patch.creditCode);
      if (patch.name && patch.name !== current.name && (await this.orgs.findByName(em, patch.name))) {
        throw conflict(`An organization named ${patch.name} already exists`);
      }
      if (!(await this.orgs.updateIfVersion(em, id, version, patch))) {
        throw conflict(`Organization ${id} was changed by someone else (your version ${version}, current ${current.version}); reload and retry`);
      }
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'ORGANIZATION', entityId: id, action: 'UPDATE', changes: diff(current, patch) });
      const [updated] = await this.orgs.findByIds(em, [id]);
      return updated;
    });
  }

  private checkCreditCode(kind: OrganizationKind, creditCode: string | null | undefined): void {
    if (creditCode === undefined || creditCode === null) return;
    if (kind !== OrganizationKind.ENTERPRISE) throw badInput('creditCode', 'is only recorded for enterprises');
    if (!isValidUscc(creditCode)) throw badInput('creditCode', 'is not a valid 统一社会信用代码 (check character mismatch or wrong format)');
  }
}

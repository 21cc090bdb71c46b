import { Injectable } from '@nestjs/common';
import {
  Actor,
  badInput,
  bilingual,
  CooperationMode,
  Cursor,
  forbidden,
  Industry,
  isAlliance,
  NeedStatus,
  notFound,
  OrganizationKind,
  Page,
  statusLabel,
  unknownOrganization,
} from '@app/core';
import { appendAudit, Database, enqueueSearchSync } from '@app/database';
import { OrganizationRepository } from '@app/identity';
import { NeedEntity } from '../entities';
import { canEditNeed, canSeeNeed, isInsider, NeedView, today, viewNeed } from '../domain/visibility';
import { pickByKey } from '../domain/listing-keys';
import { insertKeyed, newListingKey } from './keyed-insert';
import { NeedFilter, NeedRepository, NeedValues } from '../repositories/need.repository';
import { applyVersionedChange } from './versioned-write';

export interface NeedInput {
  /** Generated (N-XXXXXXXX) when absent. */
  key?: string | null;
  orgId?: string;
  title: string;
  description: string;
  industry: Industry;
  keywords: string[];
  minTrl: number | null;
  budgetWan: number | null;
  cooperationModes: CooperationMode[];
  deadline: string | null;
  confidential: boolean;
  contact: string;
}

export type NeedPatch = Partial<Omit<NeedInput, 'key' | 'orgId'>>;

/** Every read returns a NeedView, so no path can hand a confidential need's hidden fields to an outsider. */
@Injectable()
export class NeedService {
  constructor(
    private readonly db: Database,
    private readonly needs: NeedRepository,
    private readonly orgs: OrganizationRepository,
  ) {}

  async findVisibleByIds(actor: Actor, ids: readonly string[]): Promise<(NeedView | null)[]> {
    const rows = await this.db.read((em) => this.needs.findByIds(em, ids));
    const byId = new Map(rows.filter((n) => canSeeNeed(actor, n)).map((n) => [n.id, viewNeed(actor, n)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(actor: Actor, ref: { id?: string | null; key?: string | null }): Promise<NeedView> {
    if (!ref.id && !ref.key) throw badInput('id', bilingual('须提供 ID 或编号', 'id or key must be given'));
    const rows = await this.db.read((em) =>
      ref.id ? this.needs.findByIds(em, [ref.id]) : this.needs.findByKeys(em, [ref.key as string]),
    );
    const row = ref.id ? rows[0] : pickByKey(actor, rows, (n) => canSeeNeed(actor, n), ref.key as string);
    if (!row || !canSeeNeed(actor, row)) throw notFound('Need', ref.id ?? ref.key ?? undefined);
    return viewNeed(actor, row);
  }

  /** Full rows for internal use (matching); callers must apply viewNeed before anything leaves. */
  async getInternal(actor: Actor, id: string): Promise<NeedEntity> {
    const [row] = await this.db.read((em) => this.needs.findByIds(em, [id]));
    if (!row || !canSeeNeed(actor, row)) throw notFound('Need', id);
    return row;
  }

  async list(actor: Actor, filter: NeedFilter, first: number, after: Cursor | null): Promise<Page<NeedView>> {
    const scope = isAlliance(actor) ? null : { ownOrgId: actor.orgId };
    const page = await this.db.read((em) => this.needs.listVisible(em, filter, scope, first, after));
    return { ...page, items: page.items.map((n) => viewNeed(actor, n)) };
  }

  async create(actor: Actor, input: NeedInput): Promise<NeedEntity> {
    const orgId = input.orgId ?? actor.orgId;
    if (!canEditNeed(actor, orgId))
      throw forbidden(
        bilingual('研发负责人只能为本企业发布技术需求', 'R&D leads post needs for their own enterprise only'),
      );
    this.checkDeadline(input.deadline);
    return this.db.transaction(async (em) => {
      const [org] = await this.orgs.findByIds(em, [orgId]);
      if (!org) throw unknownOrganization();
      if (org.kind !== OrganizationKind.ENTERPRISE)
        throw badInput('orgId', bilingual('技术需求只能由企业发布', 'orgId must name an enterprise'));
      const key = await newListingKey(
        input.key,
        'N',
        'need',
        async (k) => (await this.needs.findByOrgAndKeys(em, orgId, [k])).length > 0,
      );
      const values: NeedValues = { ...input, key, orgId, status: NeedStatus.DRAFT };
      const row = await insertKeyed(() => this.needs.insert(em, values), 'needs_org_key_unique', 'need', key);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'NEED',
        entityId: row.id,
        action: 'CREATE',
        changes: { ...values },
      });
      await enqueueSearchSync(em, 'NEED', row.id);
      return row;
    });
  }

  update(actor: Actor, id: string, version: number, patch: NeedPatch): Promise<NeedEntity> {
    if (patch.deadline !== undefined) this.checkDeadline(patch.deadline);
    return this.change(actor, id, version, 'UPDATE', (row) => {
      if (row.status === NeedStatus.CLOSED)
        throw badInput(
          'status',
          bilingual('已关闭的技术需求不能编辑，请先重新开放', 'status a CLOSED need cannot be edited; renew it first'),
        );
      return patch;
    });
  }

  publish(actor: Actor, id: string, version: number): Promise<NeedEntity> {
    return this.change(actor, id, version, 'OPEN', (row) => {
      if (row.status !== NeedStatus.DRAFT)
        throw badInput(
          'status',
          bilingual(
            `只有草稿可以发布（当前状态：${statusLabel('listing', row.status)}）`,
            `status only a DRAFT can be opened (it is ${row.status})`,
          ),
        );
      if (row.deadline && row.deadline < today())
        throw badInput(
          'deadline',
          bilingual(
            '截止日期已过，请先设置新的截止日期再发布',
            'deadline has passed; set a new deadline before opening',
          ),
        );
      return { status: NeedStatus.OPEN };
    });
  }

  close(actor: Actor, id: string, version: number): Promise<NeedEntity> {
    return this.change(actor, id, version, 'CLOSE', (row) => {
      if (row.status === NeedStatus.CLOSED)
        throw badInput('status', bilingual('该技术需求已关闭', 'status is already CLOSED'));
      return { status: NeedStatus.CLOSED };
    });
  }

  /** Reopens a closed need or extends an open one's deadline. */
  renew(actor: Actor, id: string, version: number, deadline: string): Promise<NeedEntity> {
    this.checkDeadline(deadline);
    return this.change(actor, id, version, 'RENEW', (row) => {
      if (row.status === NeedStatus.DRAFT)
        throw badInput('status', bilingual('草稿需要发布，而不是续期', 'status a DRAFT is opened, not renewed'));
      return { status: NeedStatus.OPEN, deadline };
    });
  }

  private checkDeadline(deadline: string | null | undefined): void {
    if (deadline && deadline < today())
      throw badInput('deadline', bilingual('截止日期不能早于今天', 'deadline must not be in the past'));
  }

  private change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    compute: (row: NeedEntity) => Partial<NeedValues>,
  ) {
    return this.db.transaction((em) =>
      applyVersionedChange(em, this.needs, actor, id, version, {
        kind: 'NEED',
        label: 'Need',
        action,
        authorize: (row) => {
          if (!canSeeNeed(actor, row)) throw notFound('Need', id);
          if (!canEditNeed(actor, row.orgId)) {
            throw isInsider(actor, row)
              ? forbidden(
                  bilingual(
                    '只有企业研发负责人可以编辑本企业的技术需求',
                    'Only R&D leads edit their enterprise’s needs',
                  ),
                )
              : forbidden(
                  bilingual('研发负责人只能编辑本企业的技术需求', 'R&D leads edit their own enterprise’s needs only'),
                );
          }
        },
        compute,
      }),
    );
  }
}

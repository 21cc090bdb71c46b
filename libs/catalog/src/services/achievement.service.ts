import { Injectable } from '@nestjs/common';
import {
  AchievementStatus,
  Actor,
  badInput,
  bilingual,
  CooperationMode,
  Cursor,
  forbidden,
  Industry,
  isAlliance,
  notFound,
  OrganizationKind,
  Page,
  statusLabel,
  unknownOrganization,
} from '@app/core';
import { appendAudit, Database, enqueueSearchSync } from '@app/database';
import { OrganizationRepository } from '@app/identity';
import { AchievementEntity, IpItem } from '../entities';
import { canEditAchievement, canSeeAchievement, today } from '../domain/visibility';
import { addYears } from '../domain/dates';
import { pickByKey } from '../domain/listing-keys';
import { insertKeyed, newListingKey } from './keyed-insert';
import { AchievementFilter, AchievementRepository, AchievementValues } from '../repositories/achievement.repository';
import { applyVersionedChange } from './versioned-write';

export interface AchievementInput {
  /** Generated (A-XXXXXXXX) when absent. */
  key?: string | null;
  orgId?: string;
  title: string;
  summary: string;
  industry: Industry;
  keywords: string[];
  trl: number;
  ip: IpItem[];
  cooperationModes: CooperationMode[];
  askingPriceWan: number | null;
  team: string;
  contact: string;
  validUntil?: string | null;
}

export type AchievementPatch = Partial<Omit<AchievementInput, 'key' | 'orgId'>>;

@Injectable()
export class AchievementService {
  constructor(
    private readonly db: Database,
    private readonly achievements: AchievementRepository,
    private readonly orgs: OrganizationRepository,
  ) {}

  /** Rows the actor may see, in the order asked; invisible or missing ones come back null. */
  async findVisibleByIds(actor: Actor, ids: readonly string[]): Promise<(AchievementEntity | null)[]> {
    const rows = await this.db.read((em) => this.achievements.findByIds(em, ids));
    const day = today();
    const byId = new Map(rows.filter((a) => canSeeAchievement(actor, a, day)).map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(actor: Actor, ref: { id?: string | null; key?: string | null }): Promise<AchievementEntity> {
    if (!ref.id && !ref.key) throw badInput('id', bilingual('须提供 ID 或编号', 'id or key must be given'));
    const rows = await this.db.read((em) =>
      ref.id ? this.achievements.findByIds(em, [ref.id]) : this.achievements.findByKeys(em, [ref.key as string]),
    );
    const row = ref.id ? rows[0] : pickByKey(actor, rows, (a) => canSeeAchievement(actor, a), ref.key as string);
    // Invisible rows answer NOT_FOUND, so existence of drafts is not revealed.
    if (!row || !canSeeAchievement(actor, row)) throw notFound('Achievement', ref.id ?? ref.key ?? undefined);
    return row;
  }

  list(actor: Actor, filter: AchievementFilter, first: number, after: Cursor | null): Promise<Page<AchievementEntity>> {
    const scope = isAlliance(actor) ? null : { ownOrgId: actor.orgId, today: today() };
    return this.db.read((em) => this.achievements.listVisible(em, filter, scope, first, after));
  }

  async create(actor: Actor, input: AchievementInput): Promise<AchievementEntity> {
    const orgId = input.orgId ?? actor.orgId;
    if (!canEditAchievement(actor, orgId))
      throw forbidden(
        bilingual('成果转化专员只能为本校发布科技成果', 'Officers post achievements for their own university only'),
      );
    return this.db.transaction(async (em) => {
      const [org] = await this.orgs.findByIds(em, [orgId]);
      if (!org) throw unknownOrganization();
      if (org.kind !== OrganizationKind.UNIVERSITY)
        throw badInput(
          'orgId',
          bilingual('科技成果只能由高校或科研院所发布', 'orgId must name a university or research institute'),
        );
      const key = await newListingKey(
        input.key,
        'A',
        'achievement',
        async (k) => (await this.achievements.findByOrgAndKeys(em, orgId, [k])).length > 0,
      );
      const values: AchievementValues = {
        ...input,
        key,
        orgId,
        status: AchievementStatus.DRAFT,
        publishedAt: null,
        validUntil: input.validUntil ?? null,
      };
      const row = await insertKeyed(
        () => this.achievements.insert(em, values),
        'achievements_org_key_unique',
        'achievement',
        key,
      );
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'ACHIEVEMENT',
        entityId: row.id,
        action: 'CREATE',
        changes: { ...values },
      });
      await enqueueSearchSync(em, 'ACHIEVEMENT', row.id);
      return row;
    });
  }

  update(actor: Actor, id: string, version: number, patch: AchievementPatch): Promise<AchievementEntity> {
    return this.change(actor, id, version, 'UPDATE', (row) => {
      if (row.status === AchievementStatus.ARCHIVED)
        throw badInput(
          'status',
          bilingual(
            '已撤回的科技成果不能编辑，请先续期',
            'status ARCHIVED achievements cannot be edited; renew it first',
          ),
        );
      return patch;
    });
  }

  publish(actor: Actor, id: string, version: number): Promise<AchievementEntity> {
    return this.change(actor, id, version, 'PUBLISH', (row) => {
      if (row.status !== AchievementStatus.DRAFT)
        throw badInput(
          'status',
          bilingual(
            `只有草稿可以发布（当前状态：${statusLabel('listing', row.status)}）`,
            `status only a DRAFT can be published (it is ${row.status})`,
          ),
        );
      const day = today();
      const validUntil = row.validUntil && row.validUntil > day ? row.validUntil : addYears(day, 1);
      return { status: AchievementStatus.PUBLISHED, publishedAt: day, validUntil };
    });
  }

  archive(actor: Actor, id: string, version: number): Promise<AchievementEntity> {
    return this.change(actor, id, version, 'ARCHIVE', (row) => {
      if (row.status === AchievementStatus.ARCHIVED)
        throw badInput('status', bilingual('该科技成果已撤回', 'status is already ARCHIVED'));
      return { status: AchievementStatus.ARCHIVED };
    });
  }

  /** Puts an expired or archived listing back in public for another year (or until `validUntil`). */
  renew(actor: Actor, id: string, version: number, validUntil?: string | null): Promise<AchievementEntity> {
    return this.change(actor, id, version, 'RENEW', (row) => {
      if (row.status === AchievementStatus.DRAFT)
        throw badInput('status', bilingual('草稿需要发布，而不是续期', 'status a DRAFT is published, not renewed'));
      const day = today();
      if (validUntil && validUntil <= day)
        throw badInput('validUntil', bilingual('有效期须晚于今天', 'validUntil must be in the future'));
      return { status: AchievementStatus.PUBLISHED, validUntil: validUntil ?? addYears(day, 1) };
    });
  }

  private change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    compute: (row: AchievementEntity) => Partial<AchievementValues>,
  ) {
    return this.db.transaction((em) =>
      applyVersionedChange(em, this.achievements, actor, id, version, {
        kind: 'ACHIEVEMENT',
        label: 'Achievement',
        action,
        authorize: (row) => {
          if (!canSeeAchievement(actor, row)) throw notFound('Achievement', id);
          if (!canEditAchievement(actor, row.orgId))
            throw forbidden(
              bilingual('成果转化专员只能编辑本校的科技成果', 'Officers edit their own university’s achievements only'),
            );
        },
        compute,
      }),
    );
  }
}

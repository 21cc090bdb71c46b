import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, In } from 'typeorm';
import { updateIfVersion } from '@app/database';
import { AchievementStatus, CooperationMode, Cursor, Industry, Page } from '@app/core';
import { AchievementEntity } from '../entities';
import { keysetPage } from './listing';

export interface AchievementFilter {
  industries?: Industry[];
  statuses?: AchievementStatus[];
  orgIds?: string[];
  trlMin?: number;
  trlMax?: number;
  cooperationModes?: CooperationMode[];
}

/** Who is asking decides what the listing may contain; `null` means everything (alliance). */
export interface AchievementScope {
  ownOrgId: string | null;
  today: string;
}

/** What ranking reads of an achievement: plain columns, no entity hydration (a match request loads ~60-90). */
export interface AchievementRankingRow {
  id: string;
  key: string;
  title: string;
  summary: string;
  industry: string;
  keywords: string[];
  trl: number;
  askingPriceWan: number | null;
  cooperationModes: string[];
  publishedAt: string | null;
  validUntil: string | null;
  createdAt: Date | string;
}

export type AchievementValues = Omit<AchievementEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class AchievementRepository {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<AchievementEntity[]> {
    return ids.length ? em.find(AchievementEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  async findRankingRowsByIds(em: EntityManager, ids: readonly string[]): Promise<AchievementRankingRow[]> {
    if (!ids.length) return [];
    const rows: (Omit<AchievementRankingRow, 'askingPriceWan'> & { askingPriceWan: number | string | null })[] =
      await em.query(
        `SELECT id, key, title, summary, industry, keywords, trl, asking_price_wan AS "askingPriceWan", cooperation_modes AS "cooperationModes",
              published_at::text AS "publishedAt", valid_until::text AS "validUntil", created_at AS "createdAt"
       FROM achievements WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
    return rows.map((r) => ({ ...r, askingPriceWan: r.askingPriceWan === null ? null : Number(r.askingPriceWan) }));
  }

  /** Every organisation's listings with these keys (keys are unique per organisation only). */
  findByKeys(em: EntityManager, keys: readonly string[]): Promise<AchievementEntity[]> {
    return keys.length ? em.find(AchievementEntity, { where: { key: In([...keys]) } }) : Promise.resolve([]);
  }

  findByOrgAndKeys(em: EntityManager, orgId: string, keys: readonly string[]): Promise<AchievementEntity[]> {
    return keys.length ? em.find(AchievementEntity, { where: { orgId, key: In([...keys]) } }) : Promise.resolve([]);
  }

  /** The next batch in id order: for rebuilding the search index. */
  findBatchAfter(em: EntityManager, afterId: string, limit: number): Promise<AchievementEntity[]> {
    return em
      .createQueryBuilder(AchievementEntity, 'a')
      .where('a.id > :afterId', { afterId })
      .orderBy('a.id')
      .take(limit)
      .getMany();
  }

  listVisible(
    em: EntityManager,
    filter: AchievementFilter,
    scope: AchievementScope | null,
    first: number,
    after: Cursor | null,
  ): Promise<Page<AchievementEntity>> {
    const qb = em.createQueryBuilder(AchievementEntity, 'a');
    if (scope) {
      qb.andWhere(
        new Brackets((w) => {
          w.where(`a.status = 'PUBLISHED' AND (a.valid_until IS NULL OR a.valid_until >= :today)`, {
            today: scope.today,
          });
          if (scope.ownOrgId) w.orWhere('a.org_id = :ownOrgId', { ownOrgId: scope.ownOrgId });
        }),
      );
    }
    if (filter.industries?.length) qb.andWhere('a.industry IN (:...industries)', { industries: filter.industries });
    if (filter.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.orgIds?.length) qb.andWhere('a.org_id IN (:...orgIds)', { orgIds: filter.orgIds });
    if (filter.trlMin !== undefined) qb.andWhere('a.trl >= :trlMin', { trlMin: filter.trlMin });
    if (filter.trlMax !== undefined) qb.andWhere('a.trl <= :trlMax', { trlMax: filter.trlMax });
    if (filter.cooperationModes?.length)
      qb.andWhere('a.cooperation_modes && :modes::text[]', { modes: filter.cooperationModes });
    return keysetPage(qb, 'a', first, after);
  }

  insert(em: EntityManager, values: AchievementValues): Promise<AchievementEntity> {
    return em.save(AchievementEntity, em.create(AchievementEntity, { ...values, version: 1 }));
  }

  /** Optimistic update: false when the row moved on since `version` was read. */
  updateIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    values: Partial<AchievementValues>,
  ): Promise<boolean> {
    return updateIfVersion(em, AchievementEntity, id, version, values as Partial<AchievementEntity>);
  }
}

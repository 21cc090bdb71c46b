import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager, In } from 'typeorm';
import { updateIfVersion } from '@app/database';
import { CooperationMode, Cursor, Industry, NeedStatus, Page } from '@app/core';
import { NeedEntity } from '../entities';
import { keysetPage } from './listing';

export interface NeedFilter {
  industries?: Industry[];
  statuses?: NeedStatus[];
  orgIds?: string[];
  trlMin?: number;
  trlMax?: number;
  cooperationModes?: CooperationMode[];
}

/** `null` scope: the alliance sees everything. */
export interface NeedScope {
  ownOrgId: string;
}

export type NeedValues = Omit<NeedEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class NeedRepository {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<NeedEntity[]> {
    return ids.length ? em.find(NeedEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  /** The owning organisation of each need that exists (a need never changes organisation: see NeedPatch). */
  async orgsOf(em: EntityManager, ids: readonly string[]): Promise<{ id: string; orgId: string }[]> {
    if (!ids.length) return [];
    return em.find(NeedEntity, { select: { id: true, orgId: true }, where: { id: In([...ids]) } });
  }

  /** Every organisation's listings with these keys (keys are unique per organisation only). */
  findByKeys(em: EntityManager, keys: readonly string[]): Promise<NeedEntity[]> {
    return keys.length ? em.find(NeedEntity, { where: { key: In([...keys]) } }) : Promise.resolve([]);
  }

  findByOrgAndKeys(em: EntityManager, orgId: string, keys: readonly string[]): Promise<NeedEntity[]> {
    return keys.length ? em.find(NeedEntity, { where: { orgId, key: In([...keys]) } }) : Promise.resolve([]);
  }

  /** The next batch in id order: for rebuilding the search index. */
  findBatchAfter(em: EntityManager, afterId: string, limit: number): Promise<NeedEntity[]> {
    return em
      .createQueryBuilder(NeedEntity, 'n')
      .where('n.id > :afterId', { afterId })
      .orderBy('n.id')
      .take(limit)
      .getMany();
  }

  listVisible(
    em: EntityManager,
    filter: NeedFilter,
    scope: NeedScope | null,
    first: number,
    after: Cursor | null,
  ): Promise<Page<NeedEntity>> {
    const qb = em.createQueryBuilder(NeedEntity, 'n');
    // Filters on fields an outsider may not see (owner, TRL, modes) must not reveal confidential needs.
    const hiddenFieldFilter = !!(
      filter.orgIds?.length ||
      filter.trlMin !== undefined ||
      filter.trlMax !== undefined ||
      filter.cooperationModes?.length
    );
    if (scope) {
      qb.andWhere(
        new Brackets((w) => {
          w.where(hiddenFieldFilter ? `n.status = 'OPEN' AND NOT n.confidential` : `n.status = 'OPEN'`).orWhere(
            'n.org_id = :ownOrgId',
            {
              ownOrgId: scope.ownOrgId,
            },
          );
        }),
      );
    }
    if (filter.industries?.length) qb.andWhere('n.industry IN (:...industries)', { industries: filter.industries });
    if (filter.statuses?.length) qb.andWhere('n.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.orgIds?.length) qb.andWhere('n.org_id IN (:...orgIds)', { orgIds: filter.orgIds });
    if (filter.trlMin !== undefined) qb.andWhere('n.min_trl >= :trlMin', { trlMin: filter.trlMin });
    if (filter.trlMax !== undefined) qb.andWhere('n.min_trl <= :trlMax', { trlMax: filter.trlMax });
    if (filter.cooperationModes?.length)
      qb.andWhere('n.cooperation_modes && :modes::text[]', { modes: filter.cooperationModes });
    return keysetPage(qb, 'n', first, after);
  }

  insert(em: EntityManager, values: NeedValues): Promise<NeedEntity> {
    return em.save(NeedEntity, em.create(NeedEntity, { ...values, version: 1 }));
  }

  updateIfVersion(em: EntityManager, id: string, version: number, values: Partial<NeedValues>): Promise<boolean> {
    return updateIfVersion(em, NeedEntity, id, version, values as Partial<NeedEntity>);
  }
}

import { Injectable } from '@nestjs/common';
import { yieldToEventLoop } from '@app/core';
import { Database } from '@app/database';
import { OrganizationRepository } from '@app/identity';
import type { SearchDocument } from '@app/search';
import { AchievementRepository } from '../repositories/achievement.repository';
import { NeedRepository } from '../repositories/need.repository';
import { achievementDocument, needDocument, OrgInfo } from './search-documents';
import type { OutboxRow } from './outbox.repository';

/** Listing ids per read while the index is reconciled with the catalog. */
const ID_PAGE = 5000;

/**
 * A page of a listing table's ids after $1, $2 of them, along its primary key: `ORDER BY <table>.id`, the uuid
 * column. A bare `id` would be the output's text column, which no index has, and every page a scan and sort of the
 * whole table (100 ms a page of 5,000 at 70k listings on PGlite).
 */
export function listingIdPageSql(table: 'achievements' | 'needs'): string {
  return `SELECT id::text AS id FROM ${table} WHERE id > $1 ORDER BY ${table}.id LIMIT $2`;
}

/** Reads current catalog rows and turns them into search documents. */
@Injectable()
export class CatalogProjection {
  constructor(
    private readonly db: Database,
    private readonly achievements: AchievementRepository,
    private readonly needs: NeedRepository,
    private readonly orgs: OrganizationRepository,
  ) {}

  /** Whole documents for the listings the rows name; ids no longer in the catalog are to be removed. */
  async documentsFor(
    rows: Pick<OutboxRow, 'entity_type' | 'entity_id'>[],
  ): Promise<{ upserts: SearchDocument[]; removals: string[] }> {
    const achievementIds = [...new Set(rows.filter((r) => r.entity_type === 'ACHIEVEMENT').map((r) => r.entity_id))];
    const needIds = [...new Set(rows.filter((r) => r.entity_type === 'NEED').map((r) => r.entity_id))];
    return this.db.read(async (em) => {
      const [achievements, needs] = [
        await this.achievements.findByIds(em, achievementIds),
        await this.needs.findByIds(em, needIds),
      ];
      const orgs = await this.orgInfo(
        em,
        [...achievements, ...needs].map((x) => x.orgId),
      );
      const upserts = [
        ...achievements.map((a) => achievementDocument(a, orgs.get(a.orgId))),
        ...needs.map((n) => needDocument(n, orgs.get(n.orgId))),
      ];
      const found = new Set(upserts.map((d) => d.id));
      return { upserts, removals: [...achievementIds, ...needIds].filter((id) => !found.has(id)) };
    });
  }

  /** How many listings the index should hold (every achievement and need, whatever its state). */
  async countAll(): Promise<number> {
    const [row] = await this.db.read((em) =>
      em.query(`SELECT (SELECT count(*) FROM achievements) + (SELECT count(*) FROM needs) AS c`),
    );
    return Number(row.c);
  }

  /** Every listing's kind and id (start-up compares them with the index). */
  async allIds(pageSize = ID_PAGE): Promise<Pick<OutboxRow, 'entity_type' | 'entity_id'>[]> {
    const out: Pick<OutboxRow, 'entity_type' | 'entity_id'>[] = [];
    for (const [type, table] of [
      ['ACHIEVEMENT', 'achievements'],
      ['NEED', 'needs'],
    ] as const) {
      // By id, a page per read with the event loop served between: 30k ids parsed in one go held it for 140 ms.
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = await this.db.read(
          (em) => em.query(listingIdPageSql(table), [after, pageSize]) as Promise<{ id: string }[]>,
        );
        for (const row of rows) out.push({ entity_type: type, entity_id: row.id });
        if (rows.length < pageSize) break;
        after = rows[rows.length - 1].id;
        await yieldToEventLoop();
      }
    }
    return out;
  }

  /** Every listing, in batches, for a rebuild. */
  async *allDocuments(batchSize: number): AsyncGenerator<SearchDocument[]> {
    for (const stream of [this.achievementBatches(batchSize), this.needBatches(batchSize)]) {
      for await (const batch of stream) yield batch;
    }
  }

  private async *achievementBatches(batchSize: number): AsyncGenerator<SearchDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const docs = await this.db.read(async (em) => {
        const rows = await this.achievements.findBatchAfter(em, after, batchSize);
        const orgs = await this.orgInfo(
          em,
          rows.map((r) => r.orgId),
        );
        return { last: rows.at(-1)?.id, docs: rows.map((a) => achievementDocument(a, orgs.get(a.orgId))) };
      });
      if (!docs.last) return;
      yield docs.docs;
      after = docs.last;
    }
  }

  private async *needBatches(batchSize: number): AsyncGenerator<SearchDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const docs = await this.db.read(async (em) => {
        const rows = await this.needs.findBatchAfter(em, after, batchSize);
        const orgs = await this.orgInfo(
          em,
          rows.map((r) => r.orgId),
        );
        return { last: rows.at(-1)?.id, docs: rows.map((n) => needDocument(n, orgs.get(n.orgId))) };
      });
      if (!docs.last) return;
      yield docs.docs;
      after = docs.last;
    }
  }

  private async orgInfo(
    em: Parameters<OrganizationRepository['findByIds']>[0],
    ids: string[],
  ): Promise<Map<string, OrgInfo>> {
    const orgs = await this.orgs.findByIds(em, [...new Set(ids)]);
    return new Map(orgs.map((o) => [o.id, { name: o.name, region: o.region, kind: o.kind }]));
  }
}

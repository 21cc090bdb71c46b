import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { yieldToEventLoop } from '@app/core';

/** Rows per page: a page is read, parsed and hydrated in well under 100 ms even on the embedded database. */
export const READ_PAGE = 250;

/**
 * Every row of `qb` (a query without joins) in creation order — (created_at, id) — read a page at a time with the
 * event loop served between pages: thousands of rows hydrated at once would hold it for hundreds of milliseconds.
 * The keyset keeps created_at as PostgreSQL text, so microseconds survive the round trip.
 */
export async function readInPages<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  pageSize = READ_PAGE,
): Promise<T[]> {
  const out: T[] = [];
  let after: { v: string; id: string } | null = null;
  for (;;) {
    const page = qb.clone();
    if (after)
      page.andWhere(`(${alias}.created_at, ${alias}.id) > (:afterV::timestamptz, :afterId::uuid)`, {
        afterV: after.v,
        afterId: after.id,
      });
    page
      .addSelect(`${alias}.created_at::text`, 'cursor_v')
      .orderBy(`${alias}.created_at`, 'ASC')
      .addOrderBy(`${alias}.id`, 'ASC')
      .limit(pageSize);
    const { entities, raw } = await page.getRawAndEntities<{ cursor_v: string }>();
    out.push(...entities);
    if (entities.length < pageSize) return out;
    after = { v: raw[raw.length - 1].cursor_v, id: entities[entities.length - 1].id };
    await yieldToEventLoop();
  }
}

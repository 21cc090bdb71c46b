import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Cursor, encodeCursor, Page } from '@app/core';

/**
 * Keyset pagination, newest first, over (created_at, id). The cursor keeps created_at as PostgreSQL
 * text so microseconds survive the round trip through JavaScript.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  first: number,
  after: Cursor | null,
): Promise<Page<T>> {
  const totalCount = await qb.clone().getCount();
  if (after) {
    qb.andWhere(`(${alias}.created_at, ${alias}.id) < (:afterV::timestamptz, :afterId::uuid)`, {
      afterV: after.v,
      afterId: after.id,
    });
  }
  qb.addSelect(`${alias}.created_at::text`, 'cursor_v')
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(first + 1);
  const { entities, raw } = await qb.getRawAndEntities<{ cursor_v: string }>();
  const hasNextPage = entities.length > first;
  const items = entities.slice(0, first);
  const cursorValues = new Map(raw.map((r) => [(r as Record<string, unknown>)[`${alias}_id`] as string, r.cursor_v]));
  const cursors = items.map((item) => encodeCursor({ v: cursorValues.get(item.id) ?? '', id: item.id }));
  return { items, totalCount, hasNextPage, endCursor: cursors.at(-1) ?? null, cursors };
}

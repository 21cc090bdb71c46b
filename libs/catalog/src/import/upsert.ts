import { EntityManager } from 'typeorm';
import { bilingual, conflict } from '@app/core';
import type { ImportProgress } from './catalog-importer';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

interface KeyedStore<T extends { id: string; key: string | null; version: number }, V> {
  findByKeys(em: EntityManager, keys: readonly string[]): Promise<T[]>;
  insert(em: EntityManager, values: V): Promise<T>;
  updateIfVersion(em: EntityManager, id: string, version: number, values: Partial<V>): Promise<boolean>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Inserts new keys, updates changed rows and leaves identical ones alone, so a second run of the
 * same files changes nothing. `keepOnUpdate` names fields an import must not reset on existing rows.
 * `ownerOf` gives a record's organisation id where keys are unique per organisation (listings): a record then
 * matches only its own organisation's row.
 */
export async function upsertRows<
  R extends { key: string },
  T extends { id: string; key: string | null; version: number },
  V extends object,
>(
  em: EntityManager,
  store: KeyedStore<T, V>,
  records: R[],
  toValues: (r: R) => V,
  keepOnUpdate: ((r: R) => string[]) | null,
  progress: ImportProgress,
  stage: string,
  ownerOf: ((r: R) => string) | null = null,
): Promise<{ counts: UpsertCounts; changedIds: string[] }> {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  const changedIds: string[] = [];
  const existing = new Map<string, T[]>();
  for (let i = 0; i < records.length; i += 500) {
    for (const row of await store.findByKeys(
      em,
      records.slice(i, i + 500).map((r) => r.key),
    )) {
      existing.set(row.key as string, [...(existing.get(row.key as string) ?? []), row]);
    }
  }
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const values = toValues(record);
    const candidates = existing.get(record.key) ?? [];
    const owner = ownerOf?.(record);
    const row =
      owner === undefined ? candidates[0] : candidates.find((c) => (c as T & { orgId?: string }).orgId === owner);
    if (!row) {
      changedIds.push((await store.insert(em, values)).id);
      counts.created++;
    } else {
      const keep = new Set(keepOnUpdate?.(record) ?? []);
      const patch = Object.fromEntries(
        Object.entries(values).filter(
          ([field, value]) => !keep.has(field) && !same((row as Record<string, unknown>)[field], value),
        ),
      ) as Partial<V>;
      // The importer refuses such records before writing; this guards the rule where the write happens.
      if ('orgId' in patch)
        throw conflict(
          bilingual(
            `${record.key} 属于其他机构；导入不会转移条目的归属`,
            `${record.key} belongs to another organization; an import never moves a listing`,
          ),
        );
      if (Object.keys(patch).length === 0) counts.unchanged++;
      else {
        // Someone edited the row since we read it: abort the whole import rather than report a write that did not happen.
        if (!(await store.updateIfVersion(em, row.id, row.version, patch))) {
          throw conflict(
            bilingual(
              `导入期间 ${record.key} 被修改，本次未写入任何数据，请重新导入`,
              `${record.key} was changed while the import ran; nothing was written, run the import again`,
            ),
          );
        }
        changedIds.push(row.id);
        counts.updated++;
      }
    }
    if ((i + 1) % 1000 === 0 || i + 1 === records.length) progress(stage, i + 1, records.length);
  }
  return { counts, changedIds };
}

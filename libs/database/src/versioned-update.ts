import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Optimistic compare-and-set: writes `values` only if the row is still at `version`, bumping it. False when
 * someone else moved the row on (the caller answers CONFLICT). Every versioned table has `version` and `updated_at`.
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  values: Partial<T>,
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  return (result.affected ?? 0) === 1;
}

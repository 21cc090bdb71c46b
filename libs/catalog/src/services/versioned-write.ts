import { EntityManager } from 'typeorm';
import { Actor, notFound, staleVersion } from '@app/core';
import { appendAudit, diff, enqueueSearchSync } from '@app/database';

interface VersionedRow {
  id: string;
  orgId: string;
  version: number;
}

export interface VersionedStore<T extends VersionedRow, V> {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<T[]>;
  updateIfVersion(em: EntityManager, id: string, version: number, values: Partial<V>): Promise<boolean>;
}

export interface VersionedChange<T, V> {
  kind: 'ACHIEVEMENT' | 'NEED';
  label: string;
  action: string;
  /** Throws FORBIDDEN when the actor may not touch this row. */
  authorize(row: T): void;
  /** The new values, or throws BAD_USER_INPUT when the move is not allowed from the row's state. */
  compute(row: T): Partial<V>;
}

/**
 * One path for every catalog edit: load, authorize, compute, compare-and-set on the version the
 * client read, audit, and queue the search sync — all in the caller's transaction.
 */
export async function applyVersionedChange<T extends VersionedRow, V>(
  em: EntityManager,
  store: VersionedStore<T, V>,
  actor: Actor,
  id: string,
  version: number,
  change: VersionedChange<T, V>,
): Promise<T> {
  const [row] = await store.findByIds(em, [id]);
  if (!row) throw notFound(change.label, id);
  change.authorize(row);
  if (row.version !== version) throw staleVersion(change.label, id, version, row.version);
  const values = change.compute(row);
  if (!(await store.updateIfVersion(em, id, version, values)))
    throw staleVersion(change.label, id, version, row.version + 1);
  await appendAudit(em, {
    actorUserId: actor.userId,
    entityType: change.kind,
    entityId: id,
    action: change.action,
    changes: diff(row, values as Partial<T>),
  });
  await enqueueSearchSync(em, change.kind, id);
  const [updated] = await store.findByIds(em, [id]);
  return updated;
}

import { EntityManager } from 'typeorm';

export interface AuditEntry {
  actorUserId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction; the table refuses updates and deletes. */
export async function appendAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  await em.query(
    'INSERT INTO audit_log (actor_user_id, entity_type, entity_id, action, changes) VALUES ($1, $2, $3, $4, $5)',
    [entry.actorUserId, entry.entityType, entry.entityId, entry.action, JSON.stringify(entry.changes)],
  );
}

/** Field-level diff for the audit log: only what changed, as {from, to}. */
export function diff<T extends object>(before: T, after: Partial<T>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    const from = (before as Record<string, unknown>)[field];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** Records that a catalog row must be (re)indexed; the relay reads the current row later. */
export async function enqueueSearchSync(
  em: EntityManager,
  entityType: 'ACHIEVEMENT' | 'NEED',
  entityId: string,
): Promise<void> {
  await em.query('INSERT INTO search_outbox (entity_type, entity_id) VALUES ($1, $2)', [entityType, entityId]);
}

import type { Key, KeyCreation, KeysQuery, KeysResults } from 'meilisearch';

/**
 * What the app's key may do, on its own indexes only (`<index>*`: the live index and `<index>_tmp` of a rebuild).
 * indexes.create/delete are there because the app creates its index explicitly with its settings and a rebuild fills
 * `<index>_tmp`, swaps it in and deletes the previous generation; a Meilisearch key cannot grant an action on one of
 * its indexes and not another. It cannot read or make keys, dumps, snapshots, or touch any other index.
 * Action names: crates/meilisearch-types/src/keys.rs@v1.49.0.
 */
export const APP_KEY_ACTIONS = [
  'search',
  'documents.*',
  'settings.*',
  'tasks.get',
  'indexes.get',
  'indexes.swap',
  'indexes.create',
  'indexes.delete',
] as const;

export interface KeyAdmin {
  getKeys(parameters?: KeysQuery): Promise<KeysResults>;
  createKey(options: KeyCreation): Promise<Key>;
  deleteKey(keyOrUid: string): Promise<void>;
}

export function appKeyRequest(indexName: string): KeyCreation {
  return {
    name: `xiushui-app ${indexName}`,
    description: `秀水科创联盟 API: search and maintain the ${indexName}* indexes`,
    actions: [...APP_KEY_ACTIONS],
    indexes: [`${indexName}*`],
    expiresAt: null,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * The app's key, made with the master key: an existing one with the same name and rights is reused; one whose rights
 * differ (an older release) is deleted and made again, since a key's actions cannot be updated.
 */
export async function ensureAppKey(admin: KeyAdmin, indexName: string): Promise<{ key: string; created: boolean }> {
  const wanted = appKeyRequest(indexName);
  const { results } = await admin.getKeys({ limit: 1000 });
  const existing = results.find((k) => k.name === wanted.name);
  if (
    existing &&
    sameSet(existing.actions, wanted.actions) &&
    sameSet(existing.indexes, wanted.indexes) &&
    existing.expiresAt === null
  ) {
    return { key: existing.key, created: false };
  }
  if (existing) await admin.deleteKey(existing.uid);
  const made = await admin.createKey(wanted);
  return { key: made.key, created: true };
}

/**
 * The schema still requires `key` on create; the server is to generate it when absent. Until the
 * regenerated schema makes it optional, the app sends a random one (never derived from names); nobody types it.
 */
export function temporaryKey(prefix: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}

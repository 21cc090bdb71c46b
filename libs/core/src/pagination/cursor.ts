import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { badInput } from '../errors/domain-error';
import { bilingual } from '../i18n/text';

export const MAX_PAGE_SIZE = 100;

/** PostgreSQL's text form of a timestamptz, e.g. `2026-11-25 22:17:05.954+00`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keyset cursor over (sortValue, id); clients only ever see it sealed (see encodeCursor). */
export interface Cursor {
  v: string;
  id: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
let cursorKey: Buffer = randomBytes(32);

/**
 * Derives the cursor key from the server's secret (HKDF, its own label), so every process of one deployment
 * reads the others' cursors and a restart keeps them valid. Without it (tools, or a secret too short to
 * trust) the key is random per process: cursors then last as long as the process.
 */
export function configureCursorKey(secret: string): void {
  cursorKey =
    secret.length >= 32
      ? Buffer.from(hkdfSync('sha256', secret, 'xiushui', 'pagination cursor v1', 32))
      : randomBytes(32);
}

/**
 * Seals a cursor with AES-256-GCM: the sort value (a confidential need's exact created_at, say) is not readable
 * by the client, and any change to the token fails authentication instead of reaching SQL.
 */
export function encodeCursor(cursor: Cursor): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', cursorKey, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify([cursor.v, cursor.id]), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

export function decodeCursor(raw: string, field = 'after'): Cursor {
  const sealed = /^[A-Za-z0-9_-]{1,400}$/.test(raw) ? Buffer.from(raw, 'base64url') : Buffer.alloc(0);
  if (sealed.length > IV_BYTES + TAG_BYTES) {
    try {
      const decipher = createDecipheriv('aes-256-gcm', cursorKey, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const text = Buffer.concat([
        decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.length === 2) {
        const [v, id] = parsed as unknown[];
        // Sealed by us, but checked anyway: both parts reach SQL as typed parameters.
        if (typeof v === 'string' && typeof id === 'string' && UUID.test(id) && TIMESTAMP.test(v)) return { v, id };
      }
    } catch {
      // wrong key, altered or truncated token: the same answer as garbage
    }
  }
  throw invalidCursor(field);
}

/** A cursor this server did not hand out (or cannot read any more). */
export const invalidCursor = (field = 'after') =>
  badInput(
    field,
    bilingual(
      '分页位置无效，请从第一页重新开始',
      `${field} is not a valid cursor: use the endCursor of a page this server returned, or start from the first page`,
    ),
  );

/** `first` within 1..max, else BAD_USER_INPUT naming it: the one rule behind every page size. */
export function checkFirst(first: number, max: number, field = 'first'): number {
  if (first < 1) throw badInput(field, bilingual('每页数量不能小于 1', `${field} must not be less than 1`));
  if (first > max)
    throw badInput(field, bilingual(`每页数量不能大于 ${max}`, `${field} must not be greater than ${max}`));
  return first;
}

export function clampFirst(first: number | undefined, fallback = 20): number {
  if (first === undefined || first === null) return fallback;
  return checkFirst(first, MAX_PAGE_SIZE);
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  /** One opaque cursor per item, in order. */
  cursors: string[];
}

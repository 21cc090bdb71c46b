import { badInput } from '../errors/domain-error';

export const MAX_PAGE_SIZE = 100;

/** PostgreSQL's text form of a timestamptz, e.g. `2026-11-25 22:17:05.954+00`. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

/** Keyset cursor over (sortValue, id); opaque to clients. */
export interface Cursor {
  v: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string, field = 'after'): Cursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && 'v' in parsed && 'id' in parsed) {
      const { v, id } = parsed as Record<string, unknown>;
      // Both parts reach SQL as typed parameters: a forged cursor must fail here, not in the database.
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
      if (typeof v === 'string' && typeof id === 'string' && uuid.test(id) && TIMESTAMP.test(v)) return { v, id };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, 'is not a valid cursor');
}

export function clampFirst(first: number | undefined, fallback = 20): number {
  if (first === undefined || first === null) return fallback;
  if (first < 1) throw badInput('first', 'must not be less than 1');
  if (first > MAX_PAGE_SIZE) throw badInput('first', `must not be greater than ${MAX_PAGE_SIZE}`);
  return first;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  /** One opaque cursor per item, in order. */
  cursors: string[];
}

import type { TFunction } from 'i18next';

const CODES = [
  'INVALID_REQUEST',
  'NO_TABLE_LARGE_ENOUGH',
  'NO_COMMON_FREE_SLOT',
  'BOTH_AT_MAXIMUM',
  'PARTICIPANT_AT_MAXIMUM',
  'NO_TABLE_FREE',
  'CAPACITY',
  'REMOVED_BY_COORDINATOR',
];

/**
 * Why the scheduler left a request out, in the reader's language: the server gives a stable code (and its own
 * sentence in the app's language); the catalogue has a sentence per code with the two sides' names.
 */
export function unscheduledText(
  code: string | null | undefined,
  fallback: string | null | undefined,
  names: { a: string; b: string },
  t: TFunction,
): string | null {
  if (!code) return fallback ?? null;
  if (CODES.includes(code)) return t(`events.unscheduled.${code}`, names);
  return fallback ?? code;
}

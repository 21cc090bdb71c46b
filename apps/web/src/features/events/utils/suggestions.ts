/** The same pair whichever side asked. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The chosen suggestions that still need a meeting: no open or accepted request exists between the two sides yet. */
export function suggestionsToAccept<T extends { key: string }>(
  rows: readonly T[],
  keys: readonly string[],
  existing: ReadonlySet<string>,
): T[] {
  const wanted = new Set(keys);
  return rows.filter((r) => wanted.has(r.key) && !existing.has(r.key));
}

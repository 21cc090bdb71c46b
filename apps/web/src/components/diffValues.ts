/** Fields whose values differ between two plain records (arrays and objects compared by JSON). */
export function changedFields<T extends Record<string, unknown>>(
  mine: T,
  theirs: T,
  fields: (keyof T & string)[],
): (keyof T & string)[] {
  return fields.filter((f) => JSON.stringify(mine[f] ?? null) !== JSON.stringify(theirs[f] ?? null));
}

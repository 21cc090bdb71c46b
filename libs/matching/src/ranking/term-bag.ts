/** A weighted bag of analysed terms: term → weight (a field-weighted term frequency). */
export type TermBag = Map<string, number>;

/** Adds `terms` to `bag`, each occurrence weighing `weight` (fields such as a title count more than a body). */
export function addTerms(bag: TermBag, terms: Iterable<string>, weight: number): TermBag {
  for (const t of terms) bag.set(t, (bag.get(t) ?? 0) + weight);
  return bag;
}

export function bagLength(bag: ReadonlyMap<string, number>): number {
  let n = 0;
  bag.forEach((w) => {
    n += w;
  });
  return n;
}

/** Document frequencies of the terms over a collection of bags. */
export function documentFrequencies(docs: ReadonlyArray<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  const count = (_: number, t: string): void => {
    df.set(t, (df.get(t) ?? 0) + 1);
  };
  for (const d of docs) d.forEach(count);
  return df;
}

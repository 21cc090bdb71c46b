/** Graded relevance of the items for one query (need); a missing item is grade 0. */
export type Grades = ReadonlyMap<string, number>;

/** Exponential gain 2^g − 1 with a log2(rank + 1) discount: the usual nDCG, and the one the floor was measured with. */
const gain = (grade: number): number => Math.pow(2, grade) - 1;
const discount = (index: number): number => 1 / Math.log2(index + 2);

export function ndcgAt(ranking: readonly string[], grades: Grades, k: number): number {
  const dcg = ranking.slice(0, k).reduce((s, id, i) => s + gain(grades.get(id) ?? 0) * discount(i), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((s, g, i) => s + gain(g) * discount(i), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

/** Share of the relevant items (grade ≥ 1) found in the first k. */
export function recallAt(ranking: readonly string[], grades: Grades, k: number): number {
  const relevant = [...grades.entries()].filter(([, g]) => g >= 1).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranking.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Whether the first result carries the best grade available for this query. */
export function firstIsBest(ranking: readonly string[], grades: Grades): boolean {
  const best = Math.max(0, ...grades.values());
  return best > 0 && ranking.length > 0 && (grades.get(ranking[0]) ?? 0) === best;
}

export interface RankingFigures {
  ndcg10: number;
  ndcg3: number;
  recall10: number;
  firstBest: number;
  queries: number;
}

/** Averages the per-query figures; queries without any relevant item are skipped (nothing to find). */
export function summarize(runs: ReadonlyArray<{ ranking: readonly string[]; grades: Grades }>): RankingFigures {
  const judged = runs.filter((r) => [...r.grades.values()].some((g) => g > 0));
  const mean = (f: (r: (typeof judged)[number]) => number): number =>
    judged.length === 0 ? 0 : Math.round((judged.reduce((s, r) => s + f(r), 0) / judged.length) * 1000) / 1000;
  return {
    ndcg10: mean((r) => ndcgAt(r.ranking, r.grades, 10)),
    ndcg3: mean((r) => ndcgAt(r.ranking, r.grades, 3)),
    recall10: mean((r) => recallAt(r.ranking, r.grades, 10)),
    firstBest: mean((r) => (firstIsBest(r.ranking, r.grades) ? 1 : 0)),
    queries: judged.length,
  };
}

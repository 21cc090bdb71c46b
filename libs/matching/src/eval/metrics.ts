import { type Grades, ndcgAt } from '@app/search/eval';

// The one nDCG (exponential gain, the figure the matching floor was measured with) lives in @app/search/eval.
export { type Grades, ndcgAt };

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

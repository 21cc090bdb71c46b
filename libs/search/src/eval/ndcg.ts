/** Graded relevance of the items for one query; a missing item is grade 0. */
export type Grades = ReadonlyMap<string, number>;

/** How a grade becomes gain. The standard (and the eval reports' headline figure) is exponential. */
export type Gain = (grade: number) => number;
export const exponentialGain: Gain = (grade) => Math.pow(2, grade) - 1;
/** Grade as gain: `npm run eval` reports it beside the standard figure (ndcg10LinearGain) for comparison. */
export const linearGain: Gain = (grade) => grade;

const discount = (index: number): number => 1 / Math.log2(index + 2);

/**
 * nDCG@k, the one implementation for search and matching evals: gain 2^g − 1 by default, a log2(rank + 1)
 * discount, the ideal ranking being the judged grades sorted descending. A query without positive grades scores 0.
 */
export function ndcgAt(ranking: readonly string[], grades: Grades, k: number, gain: Gain = exponentialGain): number {
  const dcg = ranking.slice(0, k).reduce((s, id, i) => s + gain(grades.get(id) ?? 0) * discount(i), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((s, g, i) => s + gain(g) * discount(i), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

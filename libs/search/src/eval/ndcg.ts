/**
 * nDCG@k with gain = grade and a log2(rank + 1) discount; the ideal ranking is the judged grades sorted descending.
 * Unjudged results have grade 0. A query without positive judgments scores 0 (and should not be in a test set).
 */
export function ndcgAtK(rankedKeys: readonly string[], grades: Readonly<Record<string, number>>, k = 10): number {
  let dcg = 0;
  rankedKeys.slice(0, k).forEach((key, i) => {
    dcg += (grades[key] ?? 0) / Math.log2(i + 2);
  });
  const ideal = Object.values(grades)
    .filter((g) => g > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The BM25 formula pieces both rankers share: the embedded engine's term-at-a-time BM25F over postings
 * (libs/search/src/embedded/scorer.ts) and matching's document-at-a-time scoring of candidate bags
 * (libs/matching/src/ranking/concept-scoring.ts). The loops stay with their data structures; the arithmetic is
 * here once, written so that both keep bit-identical scores.
 */

/** BM25 idf, never negative (a term in every document still counts a little); `nDocs` below `df` counts as `df`. */
export function bm25Idf(df: number, nDocs: number): number {
  const n = Math.max(nDocs, df);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The length part of BM25's denominator: k1 × (1 − b + b × length / average length). */
export function bm25LengthNorm(k1: number, b: number, length: number, avgLength: number): number {
  return k1 * (1 - b + (b * length) / avgLength);
}

/**
 * Saturated term frequency, tf × (k1 + 1) / (tf + norm), where `norm` is `bm25LengthNorm(...)` (or `k1` for a
 * frequency that is already length-normalised, as in BM25F).
 */
export function bm25Saturate(tf: number, k1: number, norm: number): number {
  return (tf * (k1 + 1)) / (tf + norm);
}

/** DisMax: a concept's best alternative plus `tieBreaker` × what its other matching alternatives add. */
export function disMax(best: number, sum: number, tieBreaker: number): number {
  return best + tieBreaker * (sum - best);
}

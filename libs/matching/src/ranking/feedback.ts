import { bm25Idf } from '@app/text-analysis';
import type { CandidateStats, TermConcept } from './concept-scoring';
import { bagLength } from './term-bag';

export interface FeedbackParams {
  /** How many of the best-scored documents are assumed relevant. */
  docs: number;
  /** How many expansion terms are added. */
  terms: number;
  /** Weight of all expansion terms together, as a share of the original concepts' total weight. */
  alpha: number;
}

/**
 * Pseudo-relevance feedback (RM3-like): the terms that weigh most in the best candidates — by the candidate's
 * score, the term's frequency in it and its idf in the candidate set — become extra concepts. This learns the
 * catalog's own vocabulary for a need written in other words (a plant's "暗片" reaches listings that also say
 * "隐裂", "EL", "缺陷检测") and generalises to listings not yet written. Terms already asked for are skipped.
 */
export function feedbackConcepts(
  concepts: readonly TermConcept[],
  ranked: ReadonlyArray<{ doc: ReadonlyMap<string, number>; score: number }>,
  stats: CandidateStats,
  p: FeedbackParams,
): TermConcept[] {
  const top = [...ranked].sort((a, b) => b.score - a.score).slice(0, p.docs);
  const best = top[0]?.score ?? 0;
  if (best <= 0 || p.terms <= 0 || p.alpha <= 0) return [];
  const asked = new Set(concepts.flatMap((c) => c.alternatives.map((a) => a.term)));
  const weights = new Map<string, number>();
  for (const { doc, score } of top) {
    if (score <= 0) continue;
    const length = bagLength(doc) || 1;
    for (const [term, tf] of doc) {
      if (asked.has(term)) continue;
      const w = (score / best) * (tf / length) * bm25Idf(stats.df.get(term) ?? 0, stats.nDocs);
      weights.set(term, (weights.get(term) ?? 0) + w);
    }
  }
  const chosen = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, p.terms);
  const chosenTotal = chosen.reduce((s, [, w]) => s + w, 0) || 1;
  const budget = p.alpha * concepts.reduce((s, c) => s + c.weight, 0);
  return chosen.map(([term, w]) => ({
    label: term,
    weight: (budget * w) / chosenTotal,
    alternatives: [{ term, weight: 1 }],
  }));
}

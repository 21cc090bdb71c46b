import { candidateStats, conceptScorer, normalise, type TermConcept } from './concept-scoring';
import { feedbackConcepts } from './feedback';
import { withVariants } from './variants';
import type { TextEvidence } from './types';
import type { TextRelevanceWeights } from './weights';

/** How many shared terms a reason keeps (the factor shows fewer). */
const SHARED_KEPT = 8;

export interface RelevanceResult {
  evidence: TextEvidence[];
  /** Terms learnt by pseudo-relevance feedback, heaviest first (may seed a second engine query). */
  learnt: TermConcept[];
}

/**
 * Only the terms pseudo-relevance feedback learns from the candidates: the `learnt` of textRelevance over the same
 * bags, without scoring every candidate a second time (used to seed the second engine query).
 */
export function learntTerms(
  concepts: readonly TermConcept[],
  bags: ReadonlyArray<ReadonlyMap<string, number>>,
  w: TextRelevanceWeights,
): TermConcept[] {
  const stats = candidateStats(bags);
  const withWritten = withVariants(concepts, stats, w.variants);
  const score = conceptScorer(withWritten, stats, w.bm25);
  return feedbackConcepts(
    withWritten,
    bags.map((doc) => ({ doc, score: score.score(doc) })),
    stats,
    w.feedback,
  );
}

/**
 * Text relevance of each candidate for the querying side's concepts, in [0, 1] within the list: a mix of
 * - the plain concept BM25 over the candidate set (what both sides literally share, thesaurus and written variants
 *   included),
 * - the same after pseudo-relevance feedback (the catalog's own vocabulary for the topic),
 * - the engine's score, when given (engines differ, so its share is kept small or zero).
 * Shared terms come from the plain concepts only: learnt terms are not something the two sides "have in common".
 */
export function textRelevance(
  asked: readonly TermConcept[],
  bags: ReadonlyArray<ReadonlyMap<string, number>>,
  engineScores: readonly number[],
  w: TextRelevanceWeights,
): RelevanceResult {
  const stats = candidateStats(bags);
  const concepts = withVariants(asked, stats, w.variants);
  const plainScore = conceptScorer(concepts, stats, w.bm25);
  const plain = bags.map((doc) => plainScore(doc));
  const learnt = feedbackConcepts(
    concepts,
    bags.map((doc, i) => ({ doc, score: plain[i].score })),
    stats,
    w.feedback,
  );
  const expanded = learnt.length > 0 ? [...concepts, ...learnt] : concepts;
  const fedScore = learnt.length > 0 ? conceptScorer(expanded, stats, w.bm25) : undefined;
  const fed = fedScore ? bags.map((doc) => fedScore.score(doc)) : plain.map((p) => p.score);
  const plainN = normalise(plain.map((p) => p.score));
  const fedN = normalise(fed);
  const engineN = normalise(engineScores.length === bags.length ? engineScores : bags.map(() => 0));
  const total = w.mix.plain + w.mix.feedback + w.mix.engine || 1;
  const mixed = bags.map(
    (_, i) => (w.mix.plain * plainN[i] + w.mix.feedback * fedN[i] + w.mix.engine * engineN[i]) / total,
  );
  // Renormalised so the best candidate is 1 whatever the mix.
  const relevance = normalise(mixed);
  return {
    evidence: bags.map((_, i) => ({ relevance: relevance[i], commonTerms: plain[i].shared.slice(0, SHARED_KEPT) })),
    learnt,
  };
}

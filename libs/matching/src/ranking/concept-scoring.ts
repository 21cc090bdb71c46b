import { bagLength, documentFrequencies, idf, type TermBag } from './term-bag';

/** One thing a listing talks about, with every way the other side may write it (word, synonym, related term). */
export interface TermConcept {
  /** As written by the querying side; shown in "terms in common". */
  label: string;
  weight: number;
  alternatives: ReadonlyArray<{ term: string; weight: number }>;
}

export interface Bm25Params {
  k1: number;
  b: number;
  /** DisMax tie-breaker: how much a concept's other matching alternatives add to its best one. */
  tieBreaker: number;
}

/** Corpus statistics of the candidate set, the only slice of the catalog a request sees. */
export interface CandidateStats {
  df: Map<string, number>;
  nDocs: number;
  avgLength: number;
}

export function candidateStats(docs: ReadonlyArray<ReadonlyMap<string, number>>): CandidateStats {
  const total = docs.reduce((s, d) => s + bagLength(d), 0);
  return { df: documentFrequencies(docs), nDocs: docs.length, avgLength: docs.length > 0 ? total / docs.length : 1 };
}

export interface ConceptMatch {
  score: number;
  /** Concepts found, heaviest first, as "label" or "label≈term" when found through a synonym. */
  shared: string[];
}

/** Where a term counts: which concept, through which of its alternatives, with what weight × idf. */
interface TermUse {
  concept: number;
  alternative: number;
  factor: number;
}

/**
 * BM25 of documents for weighted concepts: per concept its best alternative (DisMax, plus tieBreaker × the others),
 * concepts summed. Compiled once per concept list: each document is read term by term against an index of the
 * alternatives (a bag has ~100 terms, the concepts several hundred alternatives), then each concept found is
 * summed in its alternatives' order, so results equal a concept-by-concept reading.
 */
export function conceptScorer(
  concepts: readonly TermConcept[],
  stats: CandidateStats,
  p: Bm25Params,
): (doc: ReadonlyMap<string, number>) => ConceptMatch {
  const byTerm = new Map<string, TermUse[]>();
  concepts.forEach((c, concept) =>
    c.alternatives.forEach((alt, alternative) => {
      const use = { concept, alternative, factor: alt.weight * idf(stats.df.get(alt.term) ?? 0, stats.nDocs) };
      const uses = byTerm.get(alt.term);
      if (uses) uses.push(use);
      else byTerm.set(alt.term, [use]);
    }),
  );
  return (doc) => {
    const norm = p.k1 * (1 - p.b + (p.b * bagLength(doc)) / (stats.avgLength || 1));
    const hits = new Map<number, Array<{ alternative: number; s: number; term: string }>>();
    for (const [term, tf] of doc) {
      const uses = byTerm.get(term);
      if (!uses || !tf) continue;
      const saturated = (tf * (p.k1 + 1)) / (tf + norm);
      for (const u of uses) {
        const list = hits.get(u.concept);
        const hit = { alternative: u.alternative, s: u.factor * saturated, term };
        if (list) list.push(hit);
        else hits.set(u.concept, [hit]);
      }
    }
    let score = 0;
    const shared: Array<[string, number]> = [];
    for (const concept of [...hits.keys()].sort((a, b) => a - b)) {
      const c = concepts[concept];
      let best = 0;
      let sum = 0;
      let found: string | null = null;
      for (const h of hits.get(concept)!.sort((a, b) => a.alternative - b.alternative)) {
        sum += h.s;
        if (h.s > best) {
          best = h.s;
          found = h.term;
        }
      }
      const value = best + p.tieBreaker * (sum - best);
      if (value <= 0) continue;
      score += c.weight * value;
      const label = found === null || sameTerm(found, c.label) ? c.label : `${c.label}≈${found}`;
      shared.push([label, c.weight * value]);
    }
    shared.sort((a, b) => b[1] - a[1]);
    return { score, shared: [...new Set(shared.map(([l]) => l))] };
  };
}

/** One document's score for weighted concepts (see conceptScorer, which to prefer for many documents). */
export function scoreConcepts(
  concepts: readonly TermConcept[],
  doc: ReadonlyMap<string, number>,
  stats: CandidateStats,
  p: Bm25Params,
): ConceptMatch {
  return conceptScorer(concepts, stats, p)(doc);
}

const sameTerm = (a: string, b: string): boolean =>
  a === b || a.replace(/[\s-]/g, '').toLowerCase() === b.replace(/[\s-]/g, '').toLowerCase();

/** Scores divided by the best one, so the top candidate of a list has relevance 1. */
export function normalise(scores: readonly number[]): number[] {
  const max = Math.max(0, ...scores);
  return scores.map((s) => (max > 0 ? s / max : 0));
}

export type { TermBag };


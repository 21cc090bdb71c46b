import { bm25Idf, bm25LengthNorm, bm25Saturate, disMax } from '@app/text-analysis';
import { bagLength, documentFrequencies, type TermBag } from './term-bag';

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

/** Where a term counts: which alternative slot (concepts' alternatives laid end to end), with what weight × idf. */
interface TermUse {
  concept: number;
  slot: number;
  factor: number;
}

/** A compiled scorer: the full match with shared terms, or `score` alone (no labels built, nothing allocated). */
export interface ConceptScorer {
  (doc: ReadonlyMap<string, number>): ConceptMatch;
  score(doc: ReadonlyMap<string, number>): number;
}

/**
 * BM25 of documents for weighted concepts: per concept its best alternative (DisMax, plus tieBreaker × the others),
 * concepts summed in their order. Compiled once per concept list: each document is read term by term against an
 * index of the alternatives (a bag has ~100 terms, the concepts several hundred alternatives) into typed-array
 * slots reused from document to document (a request scores ~200 bags, and garbage was most of its cost). Each
 * concept found is then read in its alternatives' order, so results equal a concept-by-concept reading exactly.
 */
export function conceptScorer(concepts: readonly TermConcept[], stats: CandidateStats, p: Bm25Params): ConceptScorer {
  const n = concepts.length;
  const offset = new Int32Array(n + 1);
  concepts.forEach((c, i) => (offset[i + 1] = offset[i] + c.alternatives.length));
  const byTerm = new Map<string, TermUse[]>();
  concepts.forEach((c, concept) =>
    c.alternatives.forEach((alt, alternative) => {
      const use = {
        concept,
        slot: offset[concept] + alternative,
        factor: alt.weight * bm25Idf(stats.df.get(alt.term) ?? 0, stats.nDocs),
      };
      const uses = byTerm.get(alt.term);
      if (uses) uses.push(use);
      else byTerm.set(alt.term, [use]);
    }),
  );
  const altScore = new Float64Array(offset[n]);
  const altHit = new Uint8Array(offset[n]);
  const conceptHit = new Uint8Array(n);
  const touched = new Int32Array(n);
  let count = 0;
  const best = new Float64Array(n);
  const sum = new Float64Array(n);
  const found: Array<string | null> = new Array<string | null>(n).fill(null);

  let norm = 1;
  const visit = (tf: number, term: string): void => {
    const uses = byTerm.get(term);
    if (!uses || !tf) return;
    const saturated = bm25Saturate(tf, p.k1, norm);
    for (const u of uses) {
      altScore[u.slot] = u.factor * saturated;
      altHit[u.slot] = 1;
      if (!conceptHit[u.concept]) {
        conceptHit[u.concept] = 1;
        touched[count++] = u.concept;
      }
    }
  };
  const clear = (): void => {
    for (let i = 0; i < count; i++) {
      const c = touched[i];
      conceptHit[c] = 0;
      altScore.fill(0, offset[c], offset[c + 1]);
      altHit.fill(0, offset[c], offset[c + 1]);
    }
    count = 0;
  };
  /** The concepts `doc` has, in concept order, with best, sum and found filled in; the caller then calls clear(). */
  const read = (doc: ReadonlyMap<string, number>): Int32Array => {
    clear();
    norm = bm25LengthNorm(p.k1, p.b, bagLength(doc), stats.avgLength || 1);
    // forEach, not for-of: no entry pair per term (a request reads ~20,000 of them).
    doc.forEach(visit);
    const present = touched.subarray(0, count).sort();
    for (const c of present) {
      let b = 0;
      let s = 0;
      let term: string | null = null;
      for (let k = offset[c]; k < offset[c + 1]; k++) {
        if (!altHit[k]) continue;
        s += altScore[k];
        if (altScore[k] > b) {
          b = altScore[k];
          term = concepts[c].alternatives[k - offset[c]].term;
        }
      }
      best[c] = b;
      sum[c] = s;
      found[c] = term;
    }
    return present;
  };
  const value = (c: number): number => disMax(best[c], sum[c], p.tieBreaker);

  const scorer = ((doc) => {
    let score = 0;
    const shared: Array<[string, number]> = [];
    for (const c of read(doc)) {
      const v = value(c);
      if (v <= 0) continue;
      const concept = concepts[c];
      score += concept.weight * v;
      const term = found[c];
      shared.push([
        term === null || sameTerm(term, concept.label) ? concept.label : `${concept.label}≈${term}`,
        concept.weight * v,
      ]);
    }
    clear();
    shared.sort((a, b) => b[1] - a[1]);
    return { score, shared: [...new Set(shared.map(([l]) => l))] };
  }) as ConceptScorer;
  scorer.score = (doc) => {
    let score = 0;
    for (const c of read(doc)) {
      const v = value(c);
      if (v > 0) score += concepts[c].weight * v;
    }
    clear();
    return score;
  };
  return scorer;
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

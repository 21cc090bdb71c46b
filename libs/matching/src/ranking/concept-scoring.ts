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

interface ConceptHit {
  /** Score of the concept in the document (0 when absent). */
  score: number;
  /** The alternative that matched best. */
  term: string | null;
}

function conceptHit(c: TermConcept, doc: ReadonlyMap<string, number>, norm: number, stats: CandidateStats, p: Bm25Params): ConceptHit {
  let best = 0;
  let sum = 0;
  let term: string | null = null;
  for (const alt of c.alternatives) {
    const tf = doc.get(alt.term);
    if (!tf) continue;
    const s = alt.weight * idf(stats.df.get(alt.term) ?? 0, stats.nDocs) * ((tf * (p.k1 + 1)) / (tf + norm));
    sum += s;
    if (s > best) {
      best = s;
      term = alt.term;
    }
  }
  return { score: best + p.tieBreaker * (sum - best), term };
}

export interface ConceptMatch {
  score: number;
  /** Concepts found, heaviest first, as "label" or "label≈term" when found through a synonym. */
  shared: string[];
}

/** BM25 of a document for weighted concepts: per concept its best alternative (DisMax), concepts summed. */
export function scoreConcepts(
  concepts: readonly TermConcept[],
  doc: ReadonlyMap<string, number>,
  stats: CandidateStats,
  p: Bm25Params,
): ConceptMatch {
  const norm = p.k1 * (1 - p.b + (p.b * bagLength(doc)) / (stats.avgLength || 1));
  let score = 0;
  const shared: Array<[string, number]> = [];
  for (const c of concepts) {
    const hit = conceptHit(c, doc, norm, stats, p);
    if (hit.score <= 0) continue;
    score += c.weight * hit.score;
    const label = hit.term === null || sameTerm(hit.term, c.label) ? c.label : `${c.label}≈${hit.term}`;
    shared.push([label, c.weight * hit.score]);
  }
  shared.sort((a, b) => b[1] - a[1]);
  return { score, shared: [...new Set(shared.map(([l]) => l))] };
}

// Equal strings first: most hits come through the label itself, and the regex pass is a hot spot.
const sameTerm = (a: string, b: string): boolean =>
  a === b || a.replace(/[\s-]/g, '').toLowerCase() === b.replace(/[\s-]/g, '').toLowerCase();

/** Scores divided by the best one, so the top candidate of a list has relevance 1. */
export function normalise(scores: readonly number[]): number[] {
  const max = Math.max(0, ...scores);
  return scores.map((s) => (max > 0 ? s / max : 0));
}

export type { TermBag };


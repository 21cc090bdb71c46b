import { isDomainTerm } from './dictionary';
import type { Segmenter } from './segmenter';
import { CJK_CLASS, STOPWORDS, compact, hasCjk } from './text';
import type { Thesaurus } from './thesaurus';

const TWO_CJK = new RegExp(`[${CJK_CLASS}]{2}`);

export interface KeyTerm {
  term: string;
  /** Relative importance, the best term is 1. */
  weight: number;
}

/** Above this many characters a query is treated as a pasted description and reduced to key terms. */
export const LONG_QUERY_CHARS = 32;
const DOMAIN_BOOST = 1.6;
/** Key terms of a description appear early; bounding the scan bounds the cost of a pasted document. */
const MAX_TEXT_CHARS = 3000;
const MIN_WEIGHT = 0.25;

function acceptable(term: string): boolean {
  if (term.length < 2 || STOPWORDS.has(term)) return false;
  if (/^[\d.,%:+\-×x~～]+/.test(term) && !TWO_CJK.test(term)) return false; // figures: 25.5%, 2gw, 182mm
  return hasCjk(term) || /^[a-zα-ωµ][a-z0-9α-ωµ\-+]*$/.test(term);
}

/**
 * Reduces a long normalised text (a pasted need description) to its key terms: jieba TF-IDF, boosted for domain
 * dictionary and thesaurus terms (an enterprise's own words for a symptom are often thesaurus entries), plus
 * thesaurus phrases jieba cannot see as one word (mass transfer). Meilisearch only uses 10 query words.
 */
export function extractKeyTerms(input: string, limit: number, segmenter: Segmenter, thesaurus: Thesaurus): KeyTerm[] {
  const text = input.length > MAX_TEXT_CHARS ? input.slice(0, MAX_TEXT_CHARS) : input;
  const scores = new Map<string, number>();
  for (const { term, weight } of segmenter.extract(text, limit * 4)) {
    if (!acceptable(term)) continue;
    const boost = isDomainTerm(term) || thesaurus.has(term) ? DOMAIN_BOOST : 1;
    scores.set(term, weight * boost);
  }
  const values = [...scores.values()].sort((a, b) => b - a);
  const typical = values.length ? values[Math.min(values.length - 1, Math.floor(limit / 2))] : 1;
  for (const match of thesaurus.find(text)) {
    const surface = text.slice(match.start, match.end).replace(/\s+/g, ' ').trim();
    if (!acceptable(compact(surface)) || scores.has(surface)) continue;
    scores.set(surface, typical * DOMAIN_BOOST * 0.8);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit);
  const best = ranked.length ? ranked[0][1] : 1;
  return ranked.map(([term, score]) => ({ term, weight: Math.max(MIN_WEIGHT, score / best) }));
}

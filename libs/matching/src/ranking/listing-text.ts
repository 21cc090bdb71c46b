import { CJK_CLASS, type ExpansionWeights, type TextAnalyzer } from '@app/text-analysis';
import type { TermConcept } from './concept-scoring';
import { specificity } from './specificity';
import { addTerms, type TermBag } from './term-bag';
import type { MatchAchievement, MatchNeed } from './types';
import type { CompoundParams, FieldWeights } from './weights';

/** A text of the querying side with its weight (a title says more about the topic than a sentence of body). */
export interface WeightedText {
  text: string;
  weight: number;
}

/** What a listing says, in the shape both directions read. */
export interface ListingText {
  title: string;
  keywords: readonly string[];
  body?: string | null;
}

const WORDISH = new RegExp(`[${CJK_CLASS}a-z0-9]`);

/** Precise-mode words: no single characters (segmentation debris), no punctuation, no one- or two-digit figures. */
function queryWords(analyzer: TextAnalyzer, normalized: string): string[] {
  const out: string[] = [];
  for (const raw of analyzer.segmenter.cut(normalized)) {
    const w = raw.trim();
    if (w.length >= 2 && WORDISH.test(w) && !/^\d{1,2}$/.test(w)) out.push(w);
  }
  return out;
}

/**
 * Concepts of the querying side: every word of every text (plus thesaurus phrases the segmenter split), weights
 * summed over occurrences and scaled by specificity^power, each with its thesaurus alternatives (synonyms at near
 * full weight, related terms lower). This is the shared analysis without the engines' fuzzy channels (pinyin,
 * grams), which a whole listing does not need and which cost ten times more.
 */
export function conceptsOf(
  analyzer: TextAnalyzer,
  texts: readonly WeightedText[],
  specificityPower: number,
  expansion: ExpansionWeights,
  compounds: CompoundParams = { weight: 0, minSimilarity: 1 },
): TermConcept[] {
  const weights = new Map<string, number>();
  for (const { text, weight } of texts) {
    const normalized = analyzer.normalize(text);
    const words = queryWords(analyzer, normalized);
    const seen = new Set(words);
    for (const m of analyzer.thesaurus.find(normalized)) if (!seen.has(m.key)) words.push(m.key);
    for (const w of words) weights.set(w, (weights.get(w) ?? 0) + weight);
  }
  return [...weights].map(([label, weight]) => ({
    label,
    weight: weight * Math.pow(specificity(analyzer, label), specificityPower),
    alternatives: merge([
      { term: label, weight: 1 },
      ...analyzer.thesaurus.expand(label, expansion),
      ...compoundExpansions(analyzer, label, expansion, compounds),
    ]),
  }));
}

/** Best weight per term, first occurrence order. */
function merge(alternatives: ReadonlyArray<{ term: string; weight: number }>): Array<{ term: string; weight: number }> {
  const best = new Map<string, number>();
  for (const a of alternatives) if ((best.get(a.term) ?? -1) < a.weight) best.set(a.term, a.weight);
  return [...best].map(([term, weight]) => ({ term, weight }));
}

/**
 * A word the thesaurus knows only inside a compound (碳排放 in 碳排放核算) borrows that compound's relations, scaled
 * by how much of the compound it is.
 */
function compoundExpansions(
  analyzer: TextAnalyzer,
  label: string,
  expansion: ExpansionWeights,
  p: CompoundParams,
): Array<{ term: string; weight: number }> {
  if (p.weight <= 0) return [];
  const out: Array<{ term: string; weight: number }> = [];
  const maxLength = Math.floor((label.length * (2 - p.minSimilarity)) / p.minSimilarity);
  for (const key of analyzer.thesaurus.compoundsOf(label, maxLength)) {
    const similarity = (2 * label.length) / (label.length + key.length);
    out.push({ term: key, weight: p.weight * similarity * expansion.synonym });
    for (const e of analyzer.thesaurus.expand(key, expansion))
      out.push({ term: e.term, weight: p.weight * similarity * e.weight });
  }
  return out;
}

/** The querying side's texts with their field weights. */
export function weightedTexts(listing: ListingText, w: FieldWeights): WeightedText[] {
  const texts = [
    { text: listing.title, weight: w.title },
    ...listing.keywords.map((k) => ({ text: k, weight: w.keywords })),
  ];
  if (listing.body) texts.push({ text: listing.body, weight: w.body });
  return texts;
}

/** A candidate's weighted bag of words: title, keywords (each also whole) and body with their field weights. */
export function bagOf(analyzer: TextAnalyzer, listing: ListingText, w: FieldWeights): TermBag {
  // One segmenter call for every field of the listing.
  return bagOfWords(analyzer, listing, analyzer.words(listingTexts(listing)), w);
}

/**
 * The bags of several listings, exactly as bagOf builds each, with one segmenter call for all of them (a native
 * call costs more than the cutting). A text with a carriage return is cut on its own: "\r\n" would not split.
 */
export function bagsOf(analyzer: TextAnalyzer, listings: readonly ListingText[], w: FieldWeights): TermBag[] {
  const texts: string[] = [];
  const batched = listings.map((l) => {
    const own = listingTexts(l);
    if (own.some((t) => t.includes('\r'))) return false;
    texts.push(...own);
    return true;
  });
  const words = texts.length > 0 ? analyzer.words(texts) : [];
  let at = 0;
  return listings.map((l, i) => {
    if (!batched[i]) return bagOf(analyzer, l, w);
    const n = l.keywords.length + 2;
    at += n;
    return bagOfWords(analyzer, l, words.slice(at - n, at), w);
  });
}

/** The texts of a listing in the order bagOfWords reads their words: title, each keyword, body. */
function listingTexts(listing: ListingText): string[] {
  return [listing.title, ...listing.keywords, listing.body ?? ''];
}

function bagOfWords(analyzer: TextAnalyzer, listing: ListingText, words: string[][], w: FieldWeights): TermBag {
  const bag: TermBag = new Map();
  const [title, ...rest] = words;
  addTerms(bag, title, w.title);
  listing.keywords.forEach((k, i) => {
    const whole = analyzer.normalize(k).replace(/\s+/g, '');
    const kw = rest[i];
    if (whole.length >= 2 && whole.length <= 16 && !kw.includes(whole)) kw.push(whole);
    addTerms(bag, kw, w.keywords);
  });
  if (listing.body) addTerms(bag, rest[listing.keywords.length], w.body);
  return bag;
}

export const achievementText = (a: MatchAchievement): ListingText => ({
  title: a.title,
  keywords: a.keywords,
  body: a.summary,
});

/** A need is always read whole; what a viewer may see of it is decided on the reasons (teaserSafeReasons). */
export const needText = (n: MatchNeed): ListingText => ({ title: n.title, keywords: n.keywords, body: n.description });

/**
 * The engine query of a listing: title, keywords and the key terms of its body. One query (engines cut a long text
 * to its key terms anyway, and Meilisearch reads only ten words), so the body is reduced here, with the analysis
 * that knows the domain vocabulary.
 */
export function engineQuery(analyzer: TextAnalyzer, listing: ListingText, bodyTerms: number): string {
  const terms = listing.body ? analyzer.keyTerms(listing.body, bodyTerms).map((k) => k.term) : [];
  return [listing.title, ...listing.keywords, ...terms].join(' ');
}

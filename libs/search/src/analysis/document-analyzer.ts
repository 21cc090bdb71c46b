import type { SearchDocument } from '../search.types';
import { normalizeText } from './normalize';
import { phrasePinyin } from './pinyin';
import type { Segmenter } from './segmenter';
import { charGrams, cjkRuns } from './text';
import { cutMany, wordTokensOf } from './tokenizer';

/**
 * What a listing contributes to each searchable field, as token lists (repeats count as term frequency).
 * Both engines index these: the embedded one directly, Meilisearch as space-joined extra attributes.
 */
export interface DocumentFeatures {
  /** Normalised texts (half-width, simplified, lower case). */
  normalized: { title: string; summary: string; keywords: string[]; orgName: string };
  title: string[];
  keywords: string[];
  summary: string[];
  org: string[];
  /** Distinct Chinese characters of title and keywords (only single-character query words use them). */
  chars: string[];
  /** Character bigrams and skip-bigrams of title and keywords (typo tolerance). */
  grams: string[];
  /** Syllable bigrams of title and keywords (guangfu fubo boli): typed pinyin and homophone typos. */
  pinyin: string[];
  /** Initials of word runs in title and keywords (gfbl). */
  initials: string[];
}

/**
 * Removes what must never reach an index from a confidential need (defence in depth: the catalog should not send
 * it either).
 */
export function sanitizeDocument(doc: SearchDocument): SearchDocument {
  if (!doc.confidential) return doc;
  const { summary: _summary, budgetWan: _budget, orgId: _orgId, orgName: _orgName, ...teaser } = doc;
  return teaser;
}

function words(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of wordTokensOf(raw, false)) if (!token.single) out.push(token.text);
  return out;
}

/**
 * The word tokens of several texts, exactly as the word fields of `analyzeDocument` see them, in one native
 * segmenter call and without the pinyin and n-gram channels (what re-ranking needs, at a fraction of the cost).
 */
export function indexWordsOf(texts: readonly string[], segmenter: Segmenter): string[][] {
  return cutMany(texts.map(normalizeText), 'index', segmenter).map(words);
}

export function analyzeDocument(input: SearchDocument, segmenter: Segmenter): DocumentFeatures {
  const doc = sanitizeDocument(input);
  const title = normalizeText(doc.title ?? '');
  const summary = normalizeText(doc.summary ?? '');
  const orgName = normalizeText(doc.orgName ?? '');
  const keywords = (doc.keywords ?? []).map((k) => normalizeText(k).trim()).filter((k) => k.length > 0);
  const phrases = [title, ...keywords];
  // Two native segmenter calls per document: search mode for the word fields, precise mode for pinyin.
  const searchCut = cutMany([...phrases, summary, orgName], 'index', segmenter);
  const preciseCut = cutMany(phrases, 'query', segmenter);

  const keywordTokens: string[] = [];
  keywords.forEach((keyword, i) => {
    const whole = keyword.replace(/\s+/g, '');
    const parts = words(searchCut[1 + i]);
    // The whole keyword is a token too, unless the segmenter already produced it.
    if (whole.length >= 2 && whole.length <= 16 && !parts.includes(whole)) keywordTokens.push(whole);
    keywordTokens.push(...parts);
  });

  const grams: string[] = [];
  const pinyin: string[] = [];
  const initials: string[] = [];
  const chars = new Set<string>();
  phrases.forEach((phrase, i) => {
    grams.push(...charGrams(phrase, true));
    phrasePinyin(preciseCut[i], pinyin, initials);
    for (const { run } of cjkRuns(phrase)) for (const ch of run) chars.add(ch);
  });

  return {
    normalized: { title, summary, keywords, orgName },
    title: words(searchCut[0]),
    keywords: keywordTokens,
    summary: words(searchCut[1 + keywords.length]),
    org: words(searchCut[2 + keywords.length]),
    chars: [...chars],
    grams,
    pinyin,
    initials,
  };
}

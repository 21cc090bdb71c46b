import { normalizeText } from './normalize';
import { phrasePinyin } from './pinyin';
import type { Segmenter } from './segmenter';
import { isCjk } from './text';
import { cutMany, indexWordTextsOf } from './tokenizer';

/**
 * The texts of a listing that analysis reads. Callers pass what may be known: the search engines project a
 * confidential need to its teaser (`visibleDocument` in @app/search) before analysing it.
 */
export interface ListingText {
  title: string;
  summary?: string;
  keywords: readonly string[];
  orgName?: string;
}

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

function words(raw: readonly string[]): string[] {
  return indexWordTextsOf(raw);
}

/**
 * The word tokens of several texts, exactly as the word fields of `analyzeDocument` see them, in one native
 * segmenter call and without the pinyin and n-gram channels (what re-ranking needs, at a fraction of the cost).
 */
export function indexWordsOf(texts: readonly string[], segmenter: Segmenter): string[][] {
  return cutMany(texts.map(normalizeText), 'index', segmenter).map(words);
}

/** What one keyword contributes to a document, independent of the rest of it (so it is computed once). */
interface KeywordFeatures {
  /** Normalised and trimmed; '' when the keyword is dropped. */
  normalized: string;
  tokens: string[];
  grams: string[];
  pinyin: string[];
  initials: string[];
  /** Distinct Chinese characters, in first-occurrence order. */
  chars: string[];
}

/**
 * Per-segmenter memo of keyword and organisation analyses: listings share a small vocabulary of keywords and a few
 * hundred organisations, and segmenting a text alone gives exactly the tokens it gets inside `cutMany` (texts are
 * separated by newlines, which the segmenter never joins across).
 */
interface PhraseMemo {
  keywords: Map<string, KeywordFeatures>;
  orgs: Map<string, { normalized: string; words: string[] }>;
}

const MEMO_LIMIT = 50_000;
const memos = new WeakMap<Segmenter, PhraseMemo>();

function memoOf(segmenter: Segmenter): PhraseMemo {
  let memo = memos.get(segmenter);
  if (!memo) {
    memo = { keywords: new Map(), orgs: new Map() };
    memos.set(segmenter, memo);
  }
  return memo;
}

/** Interned CJK characters and character pairs: fresh strings would each be hashed again by the postings maps. */
const charStrings = new Map<number, string>();
const pairStrings = new Map<number, string>();
const PAIR_LIMIT = 200_000;

function charString(code: number): string {
  let s = charStrings.get(code);
  if (s === undefined) {
    s = String.fromCharCode(code);
    charStrings.set(code, s);
  }
  return s;
}

/** CJK code points handled by `isCjk` lie in 0x3400..0x9fff, so a pair key stays a small integer (no heap number). */
const CJK_BASE = 0x3400;
const CJK_SPAN = 0xa000 - CJK_BASE;

function pairString(a: number, b: number): string {
  const key = (a - CJK_BASE) * CJK_SPAN + (b - CJK_BASE);
  let s = pairStrings.get(key);
  if (s === undefined) {
    s = String.fromCharCode(a, b);
    if (pairStrings.size >= PAIR_LIMIT) pairStrings.clear();
    pairStrings.set(key, s);
  }
  return s;
}

/** `charGrams(text, true)` pushed onto `out`, plus the text's Chinese characters added to `chars`. */
function gramsAndChars(text: string, out: string[], chars: Set<string>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isCjk(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isCjk(text.charCodeAt(end))) end++;
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      chars.add(charString(c));
      if (j + 1 < end) {
        out.push(pairString(c, text.charCodeAt(j + 1)));
        if (j + 2 < end) out.push(pairString(c, text.charCodeAt(j + 2)));
      }
    }
    i = end;
  }
}

function keywordFeatures(raw: string, segmenter: Segmenter, memo: PhraseMemo): KeywordFeatures {
  let features = memo.keywords.get(raw);
  if (features) return features;
  const keyword = normalizeText(raw).trim();
  features = { normalized: keyword, tokens: [], grams: [], pinyin: [], initials: [], chars: [] };
  if (keyword.length > 0) {
    const whole = keyword.replace(/\s+/g, '');
    const parts = words(cutMany([keyword], 'index', segmenter)[0]);
    // The whole keyword is a token too, unless the segmenter already produced it.
    if (whole.length >= 2 && whole.length <= 16 && !parts.includes(whole)) features.tokens.push(whole);
    features.tokens.push(...parts);
    const chars = new Set<string>();
    gramsAndChars(keyword, features.grams, chars);
    phrasePinyin(cutMany([keyword], 'query', segmenter)[0], features.pinyin, features.initials);
    features.chars = [...chars];
  }
  if (memo.keywords.size >= MEMO_LIMIT) memo.keywords.clear();
  memo.keywords.set(raw, features);
  return features;
}

function orgWords(raw: string, segmenter: Segmenter, memo: PhraseMemo): { normalized: string; words: string[] } {
  let org = memo.orgs.get(raw);
  if (org) return org;
  const normalized = normalizeText(raw);
  org = { normalized, words: words(cutMany([normalized], 'index', segmenter)[0]) };
  if (memo.orgs.size >= MEMO_LIMIT) memo.orgs.clear();
  memo.orgs.set(raw, org);
  return org;
}

function pushAll(target: string[], items: readonly string[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/**
 * The reference analysis, all texts in one segmenter call. Used when a text ends with a carriage return: jieba
 * reads `\r` plus the joining newline as one token, which shifts the texts after it, and the memoised path must
 * then reproduce that too.
 */
function analyzeJoined(doc: ListingText, segmenter: Segmenter): DocumentFeatures {
  const title = normalizeText(doc.title ?? '');
  const summary = normalizeText(doc.summary ?? '');
  const orgName = normalizeText(doc.orgName ?? '');
  const keywords = (doc.keywords ?? []).map((k) => normalizeText(k).trim()).filter((k) => k.length > 0);
  const phrases = [title, ...keywords];
  const searchCut = cutMany([...phrases, summary, orgName], 'index', segmenter);
  const preciseCut = cutMany(phrases, 'query', segmenter);

  const keywordTokens: string[] = [];
  keywords.forEach((keyword, i) => {
    const whole = keyword.replace(/\s+/g, '');
    const parts = words(searchCut[1 + i]);
    if (whole.length >= 2 && whole.length <= 16 && !parts.includes(whole)) keywordTokens.push(whole);
    keywordTokens.push(...parts);
  });

  const grams: string[] = [];
  const pinyin: string[] = [];
  const initials: string[] = [];
  const chars = new Set<string>();
  phrases.forEach((phrase, i) => {
    gramsAndChars(phrase, grams, chars);
    phrasePinyin(preciseCut[i], pinyin, initials);
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

export function analyzeDocument(doc: ListingText, segmenter: Segmenter): DocumentFeatures {
  const title = normalizeText(doc.title ?? '');
  const summary = normalizeText(doc.summary ?? '');
  if (title.endsWith('\r') || summary.endsWith('\r')) return analyzeJoined(doc, segmenter);
  const memo = memoOf(segmenter);
  const org = orgWords(doc.orgName ?? '', segmenter, memo);
  const keywordFeaturesList: KeywordFeatures[] = [];
  for (const raw of doc.keywords ?? []) {
    const features = keywordFeatures(raw, segmenter, memo);
    if (features.normalized.length > 0) keywordFeaturesList.push(features);
  }
  // Two native segmenter calls per document (keywords and organisations are memoised): search mode for the word
  // fields, precise mode for pinyin.
  const searchCut = cutMany([title, summary], 'index', segmenter);
  const preciseCut = cutMany([title], 'query', segmenter);

  const keywords: string[] = [];
  const keywordTokens: string[] = [];
  const grams: string[] = [];
  const pinyin: string[] = [];
  const initials: string[] = [];
  const chars = new Set<string>();
  gramsAndChars(title, grams, chars);
  phrasePinyin(preciseCut[0], pinyin, initials);
  for (const features of keywordFeaturesList) {
    keywords.push(features.normalized);
    pushAll(keywordTokens, features.tokens);
    pushAll(grams, features.grams);
    pushAll(pinyin, features.pinyin);
    pushAll(initials, features.initials);
    for (const ch of features.chars) chars.add(ch);
  }

  return {
    normalized: { title, summary, keywords, orgName: org.normalized },
    title: words(searchCut[0]),
    keywords: keywordTokens,
    summary: words(searchCut[1]),
    org: org.words.slice(),
    chars: [...chars],
    grams,
    pinyin,
    initials,
  };
}

import { Jieba } from '@node-rs/jieba';
import { CJK_CLASS, domainDictionary, isAllCjk, readJiebaDictionary } from '@app/text-analysis';

/*
 * How Meilisearch v1.49 (charabia 0.9.9, jieba-rs 0.8.1) cuts Chinese, modelled here so the adapter can decide what
 * to put in the `dictionary` setting and how many query words a `q` costs. Sources (charabia@v0.9.9):
 * - charabia/src/segmenter/mod.rs `SegmentedStrIter`: text is first split into runs of one script; within a run,
 *   an Aho-Corasick automaton over the `dictionary` words plus the separators (LeftmostLongest, tokenizer.rs
 *   `TokenizerBuilder::build`) cuts first, and a dictionary match is emitted whole (`MatchType::Match`), never
 *   handed to the segmenter; only the text between matches goes to the script's segmenter.
 * - charabia/src/segmenter/chinese.rs: `JIEBA.cut(text, false)` (default dictionary, no HMM), then every piece longer
 *   than two characters is cut again, greedily, into dictionary bigrams, else dictionary trigrams, else characters
 *   (`cut_for_search`).
 * @node-rs/jieba ships the same default dictionary: its dict.txt has the git blob id of jieba-rs v0.8.1
 * src/data/dict.txt (8a9837551ef4f0833835565b5ca654bd6d786a42).
 */

const CJK_RUN = new RegExp(`[${CJK_CLASS}]+|[^${CJK_CLASS}]+`, 'g');
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/**
 * A jieba word seen this often in jieba's corpus (dict.txt's second column; median 3) is an everyday word that a
 * dictionary term inside it must not cut apart (生产线 521, 二氧化硅 71, 碳纤维 38 vs 牙隐裂 3).
 */
export const COMMON_WORD_FREQUENCY = 10;

let words: ReadonlyMap<string, number> | undefined;
let jieba: Jieba | undefined;

/** Every word of jieba's default dictionary (jieba-rs `has_word`) with its corpus frequency. */
export function jiebaDefaultWords(): ReadonlyMap<string, number> {
  if (!words) {
    const map = new Map<string, number>();
    for (const line of readJiebaDictionary().toString('utf8').split('\n')) {
      const [word, freq] = line.split(' ', 2);
      if (word) map.set(word, Number(freq) || 0);
    }
    words = map;
  }
  return words;
}

function defaultJieba(): Jieba {
  jieba ??= Jieba.withDict(readJiebaDictionary());
  return jieba;
}

/**
 * Domain terms worth a place in the `dictionary` setting: those Meilisearch's own tokenizer would lose, and only
 * where a whole-token match costs no other match. A term is kept when
 * 1. it is all Chinese: a pattern spanning two scripts never matches (runs are split by script first);
 * 2. jieba's default dictionary lacks it (else jieba already finds it; longer words are then cut the same way in
 *    documents and queries);
 * 3. it is not a chain of two-or-more-character words of jieba or of kept terms (钙钛矿电池 = 钙钛矿 + 电池: found
 *    through its parts, while as one token it would match neither 钙钛矿 nor 电池);
 * 4. it lies inside no longer common jieba word (leftmost-longest matching would cut that word apart wherever it
 *    occurs: 生产线 → 生|产线, and 线 no longer matches 生产); rare words do not count (隐裂 stays despite 牙隐裂).
 * Sorted, shortest first within the rules' order; pure function of the vocabulary and jieba's dictionary.
 */
export function selectEngineDictionary(terms: readonly string[], jiebaWords: ReadonlyMap<string, number>): string[] {
  const candidates = [...new Set(terms)]
    .filter((t) => t.length >= 2 && isAllCjk(t) && !jiebaWords.has(t))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept = new Set<string>();
  const isWord = (w: string): boolean => jiebaWords.has(w) || kept.has(w);
  for (const term of candidates) if (!isChainOfWords(term, isWord)) kept.add(term);
  for (const [word, frequency] of jiebaWords) {
    if (word.length < 3 || frequency < COMMON_WORD_FREQUENCY) continue;
    for (let i = 0; i < word.length; i++) {
      for (let j = i + 2; j <= word.length; j++) if (j - i < word.length) kept.delete(word.slice(i, j));
    }
  }
  return [...kept].sort();
}

/** True when `term` is a concatenation of words of two or more characters other than itself. */
function isChainOfWords(term: string, isWord: (w: string) => boolean): boolean {
  const reachable = [true];
  for (let end = 1; end <= term.length; end++) {
    reachable[end] = false;
    for (let start = end - 2; start >= 0; start--) {
      if (reachable[start] && end - start < term.length && isWord(term.slice(start, end))) {
        reachable[end] = true;
        break;
      }
    }
  }
  return reachable[term.length];
}

let engineDictionary: readonly string[] | undefined;

/** The `dictionary` setting: the domain vocabulary filtered by `selectEngineDictionary` (computed once, ~1 s). */
export function meiliDictionary(): readonly string[] {
  engineDictionary ??= selectEngineDictionary(domainDictionary(), jiebaDefaultWords());
  return engineDictionary;
}

/** Forgets the `dictionary` setting after a vocabulary change. */
export function resetMeiliDictionary(): void {
  engineDictionary = undefined;
  shared = undefined;
}

/** Approximation of charabia's tokens for a text, for an index with `dictionary` as its dictionary setting. */
export class EngineTokenizer {
  private readonly dictionary: ReadonlySet<string>;
  private readonly longest: number;

  constructor(dictionary: readonly string[] = meiliDictionary()) {
    this.dictionary = new Set(dictionary);
    this.longest = dictionary.reduce((max, t) => Math.max(max, t.length), 0);
  }

  /** True when the engine keeps `word` as one token because of the dictionary setting. */
  isDictionaryToken(word: string): boolean {
    return this.dictionary.has(word);
  }

  /** Word tokens (lower-cased; separators dropped). Chinese text should be normalised (simplified) first. */
  tokens(text: string): string[] {
    const out: string[] = [];
    for (const run of text.match(CJK_RUN) ?? []) {
      if (!isAllCjk(run)) {
        for (const w of run.toLowerCase().match(LATIN_WORD) ?? []) out.push(w);
        continue;
      }
      let gap = 0;
      let i = 0;
      while (i < run.length) {
        const match = this.longestMatchAt(run, i);
        if (!match) {
          i++;
          continue;
        }
        if (gap < i) out.push(...this.jiebaTokens(run.slice(gap, i)));
        out.push(match);
        i += match.length;
        gap = i;
      }
      if (gap < run.length) out.push(...this.jiebaTokens(run.slice(gap)));
    }
    return out;
  }

  private longestMatchAt(run: string, start: number): string | undefined {
    for (let end = Math.min(run.length, start + this.longest); end >= start + 2; end--) {
      const candidate = run.slice(start, end);
      if (this.dictionary.has(candidate)) return candidate;
    }
    return undefined;
  }

  private jiebaTokens(text: string): string[] {
    return defaultJieba()
      .cut(text, false)
      .flatMap((piece) => cutForSearch(piece, jiebaDefaultWords()));
  }
}

/** charabia chinese.rs `cut_for_search`: pieces of three or more characters → dictionary bigrams, trigrams, characters. */
export function cutForSearch(piece: string, has: ReadonlyMap<string, number>): string[] {
  const chars = [...piece];
  if (chars.length <= 2 || /^[a-z0-9]+$/i.test(piece)) return [piece];
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const bigram = chars.slice(i, i + 2).join('');
    const trigram = chars.slice(i, i + 3).join('');
    if (i + 2 <= chars.length && has.has(bigram)) {
      out.push(bigram);
      i += 2;
    } else if (i + 3 <= chars.length && has.has(trigram)) {
      out.push(trigram);
      i += 3;
    } else {
      out.push(chars[i]);
      i += 1;
    }
  }
  return out;
}

let shared: EngineTokenizer | undefined;

/** The process-wide model for the adapter's own dictionary setting. */
export function defaultEngineTokenizer(): EngineTokenizer {
  shared ??= new EngineTokenizer();
  return shared;
}

import { domainDictionary } from './dictionary';
import { readJiebaDictionary } from './jieba-files';
import { syllablesOf } from './pinyin';
import { CJK_CLASS, isAllCjk } from './text';

export interface LexiconSegment {
  /** Syllable offsets [start, end) in the input sequence. */
  start: number;
  end: number;
  /** Candidate words, best first (domain terms before common words). */
  words: string[];
}

const MAX_CANDIDATES = 3;
const MAX_WORD_SYLLABLES = 8;

/**
 * Pinyin → Chinese words, for the domain dictionary plus common words. It turns typed pinyin into words
 * (yinlie jiance → 隐裂 检测) and proposes corrections for homophone typos (热识控 → re shi kong → 热失控), which
 * then get thesaurus expansion like any word, on both engines.
 */
export class PinyinLexicon {
  private readonly byPinyin = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length < 2 || word.length > 8 || !isAllCjk(word)) continue;
      const key = syllablesOf(word).join('');
      const list = this.byPinyin.get(key) ?? [];
      if (list.length < MAX_CANDIDATES && !list.includes(word)) list.push(word);
      this.byPinyin.set(key, list);
    }
  }

  get size(): number {
    return this.byPinyin.size;
  }

  lookup(syllables: readonly string[]): string[] {
    return this.byPinyin.get(syllables.join('')) ?? [];
  }

  /** Greedy longest-match cover of a syllable sequence by lexicon words; unmatched syllables are skipped. */
  segment(syllables: readonly string[]): LexiconSegment[] {
    const out: LexiconSegment[] = [];
    let i = 0;
    while (i < syllables.length) {
      let matched = false;
      for (let len = Math.min(MAX_WORD_SYLLABLES, syllables.length - i); len >= 2; len--) {
        const words = this.lookup(syllables.slice(i, i + len));
        if (words.length) {
          out.push({ start: i, end: i + len, words });
          i += len;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
    return out;
  }
}

/**
 * A line of jieba's dictionary (`word frequency tag`) whose word is 2-4 CJK characters and whose frequency is at
 * least 1000 (four digits or more): the ≈5,000 common words that join the lexicon.
 */
const COMMON_LINE = new RegExp(`^([${CJK_CLASS}]{2,4}) ([1-9]\\d{3,})(?: |$)`, 'gm');

/**
 * Frequent 2-4 character words of jieba's dictionary, most frequent first. One pattern over the 5 MB text (~45 ms)
 * instead of splitting its 350k lines and their fields (190-320 ms, on every start: the first query needs it).
 */
function commonWords(): string[] {
  const out: [string, number][] = [];
  for (const match of readJiebaDictionary().toString('utf8').matchAll(COMMON_LINE))
    out.push([match[1], Number(match[2])]);
  return out.sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

let shared: PinyinLexicon | undefined;

/** Forgets the shared lexicon after a vocabulary change; the next pinyin query rebuilds it. */
export function resetPinyinLexicon(): void {
  shared = undefined;
}

/** Built lazily on the first pinyin or typo query (~150 ms), domain terms first so they win homophone ties. */
export function defaultPinyinLexicon(): PinyinLexicon {
  shared ??= new PinyinLexicon([...domainDictionary(), ...commonWords()]);
  return shared;
}

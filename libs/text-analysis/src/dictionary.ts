import { hasCjk } from './text';
import { activeVocabularies } from './vocabulary/active-vocabulary';
import { normalizeMember } from './vocabulary/vocabulary-format';
import { groupsOf } from './vocabulary/vocabulary-types';

/** High enough to beat splitting into common words, low enough not to swallow neighbouring characters. */
const DOMAIN_WORD_FREQUENCY = 3000;

let terms: readonly string[] | undefined;
let termSet: ReadonlySet<string> | undefined;

/** Normalised domain terms that contain Chinese (the ones a Chinese segmenter must learn), sorted, unique. */
export function domainDictionary(): readonly string[] {
  if (!terms) {
    const all = new Set<string>();
    for (const vocabulary of activeVocabularies()) {
      const members = [...vocabulary.terms, ...groupsOf(vocabulary).flatMap((g) => g.terms)];
      for (const raw of members) {
        const term = normalizeMember(raw);
        if (term.length >= 2 && hasCjk(term) && !/\s/.test(term)) all.add(term);
      }
    }
    terms = [...all].sort();
  }
  return terms;
}

/** Forgets the cached dictionary after the active vocabulary changed. */
export function resetDomainDictionary(): void {
  terms = undefined;
  termSet = undefined;
}

/** jieba user-dictionary lines: `word frequency tag` (a word without a frequency is ignored by @node-rs/jieba). */
export function domainDictionaryLines(): string[] {
  return domainDictionary().map((term) => `${term} ${DOMAIN_WORD_FREQUENCY} nz`);
}

export function isDomainTerm(term: string): boolean {
  termSet ??= new Set(domainDictionary());
  return termSet.has(term);
}

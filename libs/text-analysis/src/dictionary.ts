import { DOMAIN_VOCABULARIES } from './domain';
import { normalizeText } from './normalize';

const CJK = /[\u3400-\u9fff]/;
/** High enough to beat splitting into common words, low enough not to swallow neighbouring characters. */
const DOMAIN_WORD_FREQUENCY = 3000;

let terms: readonly string[] | undefined;

/** Normalised domain terms that contain Chinese (the ones a Chinese segmenter must learn), sorted, unique. */
export function domainDictionary(): readonly string[] {
  if (!terms) {
    const all = new Set<string>();
    for (const vocabulary of DOMAIN_VOCABULARIES) {
      const members = [...vocabulary.terms, ...vocabulary.synonyms.flat(), ...vocabulary.related.flat()];
      for (const raw of members) {
        const term = normalizeText(raw).trim();
        if (term.length >= 2 && CJK.test(term) && !/\s/.test(term)) all.add(term);
      }
    }
    terms = [...all].sort();
  }
  return terms;
}

/** jieba user-dictionary lines: `word frequency tag` (a word without a frequency is ignored by @node-rs/jieba). */
export function domainDictionaryLines(): string[] {
  return domainDictionary().map((term) => `${term} ${DOMAIN_WORD_FREQUENCY} nz`);
}

let termSet: ReadonlySet<string> | undefined;

export function isDomainTerm(term: string): boolean {
  termSet ??= new Set(domainDictionary());
  return termSet.has(term);
}

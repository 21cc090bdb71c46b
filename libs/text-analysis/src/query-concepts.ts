import type { PinyinLexicon } from './pinyin-lexicon';
import { parsePinyin, syllablesOf } from './pinyin';
import type { Segmenter } from './segmenter';
import { STOPWORDS, cjkRuns, isAllCjk } from './text';
import type { ExpansionWeights, Thesaurus } from './thesaurus';
import type { WordToken } from './tokenizer';

/** Where an alternative is looked up: the word fields (title, keywords, summary, org) or single characters. */
export type WordField = 'words' | 'chars';

export interface QueryAlternative {
  term: string;
  weight: number;
  field: WordField;
}

/**
 * One thing the user asked for (a word, an abbreviation, a thesaurus phrase) with every way a listing may express
 * it. An engine scores a concept by its best alternative, so synonyms never add up to more than the word itself.
 */
export interface QueryConcept {
  label: string;
  weight: number;
  /** Single characters next to real words (typo debris): may add score, never required. */
  optional: boolean;
  /** Guessed from pinyin (typed pinyin or a homophone correction) rather than typed as such. */
  guessed?: boolean;
  alternatives: QueryAlternative[];
}

/** A concept with the span it covers in the normalised query. */
export interface Span {
  start: number;
  end: number;
  concept: QueryConcept;
}

export interface ConceptContext {
  segmenter: Segmenter;
  thesaurus: Thesaurus;
  lexicon: () => PinyinLexicon;
  weights: ExpansionWeights;
}

/** Weight of the dictionary sub-words of a compound (光伏组件 → 光伏, 组件) when the whole is missing. */
export const SUBWORD_WEIGHT = 0.45;
const GUESS_WEIGHT = 0.85;

export function addAlternative(concept: QueryConcept, alt: QueryAlternative): void {
  const existing = concept.alternatives.find((a) => a.term === alt.term && a.field === alt.field);
  if (!existing) concept.alternatives.push(alt);
  else existing.weight = Math.max(existing.weight, alt.weight);
}

/** Compound back-off: a listing that has only part of a long query word still matches it, weakly. */
export function addSubwords(concept: QueryConcept, word: string, ctx: ConceptContext, weight = SUBWORD_WEIGHT): void {
  if (word.length < 3 || !isAllCjk(word)) return;
  for (const sub of ctx.segmenter.cutForSearch(word)) {
    if (sub !== word && sub.length >= 2 && !STOPWORDS.has(sub))
      addAlternative(concept, { term: sub, weight, field: 'words' });
  }
}

export function addExpansions(concept: QueryConcept, term: string, ctx: ConceptContext, scale = 1): void {
  for (const e of ctx.thesaurus.expand(term, ctx.weights))
    addAlternative(concept, { term: e.term, weight: e.weight * scale, field: 'words' });
}

/** A concept for candidate words read from pinyin: the words, their thesaurus expansions and sub-words. */
function guessedConcept(words: readonly string[], ctx: ConceptContext, weight: number): QueryConcept {
  const concept: QueryConcept = { label: words[0], weight, optional: false, guessed: true, alternatives: [] };
  words.forEach((w, i) => {
    addAlternative(concept, { term: w, weight: i === 0 ? 1 : 0.9, field: 'words' });
    addExpansions(concept, w, ctx);
    addSubwords(concept, w, ctx);
  });
  return concept;
}

/**
 * Typed pinyin read as words: consecutive Latin tokens that parse as pinyin are joined into one syllable chain and
 * covered by lexicon words. Token concepts fully covered by a word are replaced by it.
 */
export function typedPinyinConcepts(
  normalized: string,
  tokens: readonly WordToken[],
  spans: Span[],
  ctx: ConceptContext,
): string[][] {
  const chains: string[][] = [];
  let chain: { syllables: string[]; owners: WordToken[] } = { syllables: [], owners: [] };
  let lastEnd = -1;
  const flush = (): void => {
    if (chain.syllables.length >= 2) {
      chains.push(chain.syllables);
      for (const seg of ctx.lexicon().segment(chain.syllables)) {
        const covered = chain.owners.slice(seg.start, seg.end);
        const start = covered[0].start;
        const end = covered[covered.length - 1].end;
        // Replace token concepts lying entirely inside the word, keeping them as alternatives; a token that is a
        // known term (pid, ai) is not pinyin.
        const inside = spans.filter((s) => s.start >= start && s.end <= end && !s.concept.guessed);
        if (inside.some((s) => ctx.thesaurus.has(s.concept.label))) continue;
        const concept = guessedConcept(seg.words, ctx, 1);
        for (const s of inside) {
          // One typed token may hold several words (yinliejiance): it is dropped once, kept as an alternative of each.
          if (spans.includes(s)) spans.splice(spans.indexOf(s), 1);
          for (const a of s.concept.alternatives) addAlternative(concept, a);
        }
        spans.push({ start, end, concept });
      }
    }
    chain = { syllables: [], owners: [] };
  };
  for (const token of tokens) {
    if (token.joined || token.single || !/^[a-z]+$/.test(token.text)) continue;
    const syllables = parsePinyin(token.text);
    const adjacent = lastEnd < 0 || /^\s*$/.test(normalized.slice(lastEnd, token.start));
    if (!syllables || !adjacent) flush();
    if (syllables) {
      chain.syllables.push(...syllables);
      for (let i = 0; i < syllables.length; i++) chain.owners.push(token);
    }
    lastEnd = token.end;
  }
  flush();
  return chains;
}

/**
 * Homophone typos leave single characters behind (光扶玻璃 → 光 扶 玻璃). Where such debris sits, the pinyin of the
 * run is read back as dictionary words; words that differ from what was typed become guessed concepts.
 */
export function correctionConcepts(normalized: string, spans: Span[], ctx: ConceptContext): void {
  const debris = spans.filter((s) => s.concept.optional).map((s) => s.start);
  if (!debris.length) return;
  for (const { run, start } of cjkRuns(normalized)) {
    if (!debris.some((d) => d >= start && d < start + run.length)) continue;
    const syllables = ctx.segmenter.cut(run).flatMap((w) => syllablesOf(w));
    if (syllables.length !== run.length) continue;
    for (const seg of ctx.lexicon().segment(syllables)) {
      const from = start + seg.start;
      const to = start + seg.end;
      const typed = normalized.slice(from, to);
      if (!debris.some((d) => d >= from && d < to) || seg.words.includes(typed)) continue;
      spans.push({ start: from, end: to, concept: guessedConcept(seg.words, ctx, GUESS_WEIGHT) });
    }
  }
}

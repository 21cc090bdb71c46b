import { LONG_QUERY_CHARS, extractKeyTerms } from './key-terms';
import { normalizeText } from './normalize';
import { syllableBigrams, syllableChains } from './pinyin';
import { type PinyinLexicon, defaultPinyinLexicon } from './pinyin-lexicon';
import {
  type ConceptContext,
  type QueryConcept,
  type Span,
  addAlternative,
  addExpansions,
  addSubwords,
  correctionConcepts,
  typedPinyinConcepts,
} from './query-concepts';
import type { Segmenter } from './segmenter';
import { charGrams, compact } from './text';
import { DEFAULT_EXPANSION_WEIGHTS, type ExpansionWeights, type Thesaurus } from './thesaurus';
import { type WordToken, wordTokens } from './tokenizer';

export type { QueryAlternative, QueryConcept, WordField } from './query-concepts';

export interface QueryPlan {
  normalized: string;
  /** Words channel only (no gram/pinyin channels): a long text reduced to key terms, or a program's term list. */
  long: boolean;
  concepts: QueryConcept[];
  /** True when exact analysis partly failed (typo debris, guessed words): engines lean on the fuzzy channels. */
  fuzzy: boolean;
  /** Character bigrams and skip-bigrams of the Chinese parts. */
  grams: string[];
  /** Syllable bigrams, from Chinese characters (homophones) or from typed pinyin. */
  pinyin: string[];
  /** True when `pinyin` came from Latin input the user typed as pinyin. */
  pinyinTyped: boolean;
  /** Latin tokens that may be pinyin initials (gfbl). */
  initials: string[];
  /** Surface strings worth highlighting (words, expansions, grams). */
  highlight: string[];
}

export interface QueryOptions {
  /** Key terms kept from a long text (Meilisearch: 10). */
  maxTerms?: number;
  expansion?: ExpansionWeights;
  lexicon?: PinyinLexicon;
  /** A program's list of words, not a person's typing (see SearchQuery.keyTerms): the word channel only. */
  keyTerms?: boolean;
}

const PART_WEIGHT = 0.6;

function emptyPlan(normalized: string): QueryPlan {
  return {
    normalized,
    long: false,
    concepts: [],
    fuzzy: false,
    grams: [],
    pinyin: [],
    pinyinTyped: false,
    initials: [],
    highlight: [],
  };
}

function highlightTerms(concepts: readonly QueryConcept[]): string[] {
  return concepts.flatMap((c) => c.alternatives.filter((a) => a.field === 'words').map((a) => a.term));
}

function longPlan(normalized: string, maxTerms: number, ctx: ConceptContext): QueryPlan {
  const concepts = extractKeyTerms(normalized, maxTerms, ctx.segmenter, ctx.thesaurus).map(({ term, weight }) => {
    const concept: QueryConcept = { label: term, weight, optional: false, alternatives: [] };
    addAlternative(concept, { term: compact(term) === term ? term : compact(term), weight: 1, field: 'words' });
    addExpansions(concept, term, ctx);
    return concept;
  });
  return { ...emptyPlan(normalized), long: true, concepts, highlight: highlightTerms(concepts) };
}

/** Concepts from the query words, merged and expanded where the thesaurus recognises a phrase. */
function wordSpans(normalized: string, tokens: readonly WordToken[], ctx: ConceptContext): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    if (token.joined) continue;
    const concept: QueryConcept = { label: token.text, weight: 1, optional: !!token.single, alternatives: [] };
    addAlternative(concept, {
      term: token.text,
      weight: token.single ? 0.5 : 1,
      field: token.single ? 'chars' : 'words',
    });
    if (!token.single) addSubwords(concept, token.text, ctx);
    spans.push({ start: token.start, end: token.end, concept });
  }
  // Latin words typed apart may be one compound in a listing (micro led / Micro-LED).
  for (const j of tokens.filter((t) => t.joined)) {
    for (const s of spans)
      if (s.start >= j.start && s.end <= j.end) addAlternative(s.concept, { term: j.text, weight: 1, field: 'words' });
  }
  for (const match of ctx.thesaurus.find(normalized)) {
    const inside = spans.filter((s) => s.start >= match.start && s.end <= match.end);
    if (inside.length >= 2) {
      // A phrase split by the segmenter becomes one concept; its parts stay as weaker evidence.
      const concept: QueryConcept = {
        label: normalized.slice(match.start, match.end),
        weight: 1,
        optional: false,
        alternatives: [],
      };
      addAlternative(concept, { term: match.key, weight: 1, field: 'words' });
      for (const s of inside) {
        for (const a of s.concept.alternatives) addAlternative(concept, { ...a, weight: a.weight * PART_WEIGHT });
        spans.splice(spans.indexOf(s), 1);
      }
      addExpansions(concept, match.key, ctx);
      spans.push({ start: match.start, end: match.end, concept });
      continue;
    }
    for (const s of spans) {
      if (s.end <= match.start || s.start >= match.end || s.concept.optional) continue;
      const exact = s.start === match.start && s.end === match.end;
      addExpansions(s.concept, match.key, ctx, exact ? 1 : 0.8);
      if (!exact) addAlternative(s.concept, { term: match.key, weight: 0.8, field: 'words' });
    }
  }
  return spans;
}

/**
 * Turns user input into a query plan both engines can execute: normalisation, words and thesaurus concepts, pinyin
 * read back as words, and the fuzzy channels (grams, pinyin, initials). Long inputs are reduced to key terms first.
 */
export function analyzeQuery(
  text: string,
  segmenter: Segmenter,
  thesaurus: Thesaurus,
  options: QueryOptions = {},
): QueryPlan {
  const normalized = normalizeText(text).replace(/\s+/g, ' ').trim();
  if (!normalized) return emptyPlan('');
  const ctx: ConceptContext = {
    segmenter,
    thesaurus,
    lexicon: () => options.lexicon ?? defaultPinyinLexicon(),
    weights: options.expansion ?? DEFAULT_EXPANSION_WEIGHTS,
  };
  if (normalized.length > LONG_QUERY_CHARS) return longPlan(normalized, options.maxTerms ?? 16, ctx);

  const tokens = wordTokens(normalized, 'query', segmenter);
  const spans = wordSpans(normalized, tokens, ctx);
  if (options.keyTerms) {
    // A program's own words: the word analysis as for a person, on the word channel only.
    const concepts = spans.sort((a, b) => a.start - b.start || b.end - a.end).map((s) => s.concept);
    if (concepts.every((c) => c.optional)) for (const c of concepts) c.optional = false;
    return { ...emptyPlan(normalized), long: true, concepts, highlight: highlightTerms(concepts) };
  }
  const typedChains = typedPinyinConcepts(normalized, tokens, spans, ctx);
  correctionConcepts(normalized, spans, ctx);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const concepts = spans.map((s) => s.concept);
  // Single characters are required only when the query has nothing else.
  if (concepts.every((c) => c.optional)) for (const c of concepts) c.optional = false;

  const pinyin: string[] = [];
  for (const chain of syllableChains(normalized, segmenter)) pinyin.push(...syllableBigrams(chain));
  for (const chain of typedChains) pinyin.push(...syllableBigrams(chain));
  const initials = tokens.filter((t) => !t.single && /^[a-z]{2,8}$/.test(t.text)).map((t) => t.text);
  return {
    normalized,
    long: false,
    concepts,
    fuzzy: concepts.some((c) => c.optional || c.guessed),
    grams: charGrams(normalized, true),
    pinyin,
    pinyinTyped: typedChains.length > 0,
    initials,
    highlight: [...highlightTerms(concepts), ...charGrams(normalized, false)],
  };
}

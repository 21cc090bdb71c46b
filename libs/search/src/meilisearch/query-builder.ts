import { type QueryPlan, type Segmenter, STOPWORDS } from '@app/text-analysis';
import type { EngineTokenizer } from './engine-tokens';

/**
 * Meilisearch reads only the first 10 words of `q`: `words_limit: 10` in crates/milli/src/search/mod.rs@v1.49.0,
 * applied per token in `located_query_terms_from_tokens` (crates/milli/src/search/new/query_term/parse_query.rs).
 */
export const MEILI_MAX_QUERY_WORDS = 10;

/**
 * The `q` string for Meilisearch from the shared query plan: the concepts' words (guessed words for typed pinyin
 * and homophone typos), most important first for long texts, then sub-word fallbacks, then pinyin syllable pairs
 * for the `pinyin` attribute when the query was pinyin or a likely typo. Thesaurus expansion is left to the index's
 * synonyms setting. Words are counted as the engine's tokenizer cuts them (`EngineTokenizer`: 光伏组件 is two), so
 * what matters most is never beyond the tenth, and a part that does not fit is skipped for a smaller one.
 *
 * Fallbacks: a word the engine keeps whole because of the dictionary setting (硼扩散) matches only itself, so its
 * component words (扩散) follow the concepts; the engine cuts every other word into its parts on its own.
 */
export function meiliQueryText(
  plan: QueryPlan,
  segmenter: Segmenter,
  engine: EngineTokenizer,
  maxWords = MEILI_MAX_QUERY_WORDS,
): string {
  const out: string[] = [];
  let used = 0;
  const add = (text: string): void => {
    for (const part of text.split(/\s+/)) {
      if (!part || out.includes(part)) continue;
      const cost = Math.max(1, engine.tokens(part).length);
      if (used + cost > maxWords) continue;
      out.push(part);
      used += cost;
    }
  };
  const concepts = plan.concepts.filter((c) => !c.optional);
  const ordered = plan.long ? [...concepts].sort((a, b) => b.weight - a.weight) : concepts;
  for (const concept of ordered) add(concept.label);
  for (const concept of ordered) for (const sub of subwordFallbacks(concept.label, segmenter, engine)) add(sub);
  if (plan.pinyinTyped || plan.fuzzy) for (const pair of plan.pinyin) add(pair);
  return out.join(' ');
}

/** Component words (two characters or more) of the tokens the engine keeps whole by its dictionary. */
export function subwordFallbacks(label: string, segmenter: Segmenter, engine: EngineTokenizer): string[] {
  const out: string[] = [];
  for (const token of engine.tokens(label)) {
    if (token.length < 3 || !engine.isDictionaryToken(token)) continue;
    for (const sub of segmenter.cutForSearch(token)) {
      if (sub !== token && sub.length >= 2 && !STOPWORDS.has(sub) && !out.includes(sub)) out.push(sub);
    }
  }
  return out;
}

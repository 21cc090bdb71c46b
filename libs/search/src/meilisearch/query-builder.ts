import type { QueryPlan, Segmenter } from '../analysis';

/** Meilisearch reads only the first 10 words of `q`. */
export const MEILI_MAX_QUERY_WORDS = 10;

/**
 * The `q` string for Meilisearch from the shared query plan: the concepts' words (guessed words for typed pinyin
 * and homophone typos), most important first for long texts, then pinyin syllable pairs for the `pinyin` attribute
 * when the query was pinyin or a likely typo. Thesaurus expansion is left to the index's synonyms setting. Words
 * are counted as the segmenter counts them, so nothing useful falls beyond the tenth.
 */
export function meiliQueryText(plan: QueryPlan, segmenter: Segmenter, maxWords = MEILI_MAX_QUERY_WORDS): string {
  const out: string[] = [];
  let used = 0;
  const add = (text: string): void => {
    for (const part of text.split(/\s+/)) {
      if (!part || out.includes(part)) continue;
      const cost = /[\u3400-\u9fff]/.test(part) ? Math.max(1, segmenter.cut(part).filter((w) => w.trim()).length) : 1;
      if (used + cost > maxWords) continue;
      out.push(part);
      used += cost;
    }
  };
  const concepts = plan.concepts.filter((c) => !c.optional);
  const ordered = plan.long ? [...concepts].sort((a, b) => b.weight - a.weight) : concepts;
  for (const concept of ordered) add(concept.label);
  if (plan.pinyinTyped || plan.fuzzy) for (const pair of plan.pinyin) add(pair);
  return out.join(' ');
}

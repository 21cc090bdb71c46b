import type { TextAnalyzer } from '@app/text-analysis';

/** General-language idf (jieba's table) of a very specific word; unknown words get about the table's median. */
const SPECIFIC_IDF = 12;
/** Figures (2500, 4k, 182mm) are indicators, not topics: two listings sharing one is mostly coincidence. */
const FIGURE_SPECIFICITY = 0.3;
const FIGURE = /^[\d.]+[a-z%]*$/;
const CACHE_MAX = 50_000;
const cache = new Map<string, number>();

/**
 * How specific a word is in general Chinese, in [0.1, 1]: 原因, 项目, 方法 (idf ≈ 5) are nearly free to write in any
 * listing, 隐裂, 钝化 (≈ 11) are not. The candidate set alone cannot tell: a generic word that happens to be rare
 * among a hundred candidates would look telling.
 */
export function specificity(analyzer: TextAnalyzer, term: string): number {
  if (FIGURE.test(term)) return FIGURE_SPECIFICITY;
  let value = cache.get(term);
  if (value === undefined) {
    // TF-IDF of a one-word text is that word's idf.
    const idf = analyzer.segmenter.extract(term, 1)[0]?.weight ?? SPECIFIC_IDF;
    value = Math.min(1, Math.max(0.1, idf / SPECIFIC_IDF));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(term, value);
  }
  return value;
}

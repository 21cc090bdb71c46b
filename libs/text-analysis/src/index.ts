/** @app/text-analysis — the Chinese text analysis both engines and matching share, and the BM25 formula pieces. */
export { TextAnalyzer, defaultAnalyzer } from './analyzer';
export { domainDictionary, domainDictionaryLines, isDomainTerm } from './dictionary';
export { DOMAIN_VOCABULARIES, type DomainVocabulary } from './domain';
export { type DocumentFeatures, type ListingText, analyzeDocument } from './document-analyzer';
export { ANALYSIS_TASK_MODULE, analyzeDocuments } from './analysis-task';
export { type KeyTerm, LONG_QUERY_CHARS, extractKeyTerms } from './key-terms';
export { hasTraditional, normalizeText, toHalfWidth, toSimplifiedChinese } from './normalize';
export { initialsOf, parsePinyin, pinyinForms, syllableBigrams, syllablesOf } from './pinyin';
export { type LexiconSegment, PinyinLexicon, defaultPinyinLexicon } from './pinyin-lexicon';
export {
  type QueryAlternative,
  type QueryConcept,
  type QueryOptions,
  type QueryPlan,
  analyzeQuery,
} from './query-analyzer';
export { JiebaSegmenter, type KeywordWeight, type Segmenter, defaultSegmenter, setDefaultSegmenter } from './segmenter';
export { STOPWORDS, cjkRuns, compact, hasCjk, isAllCjk, isCjk, isWordChar } from './text';
export {
  DEFAULT_EXPANSION_WEIGHTS,
  type Expansion,
  type ExpansionWeights,
  Thesaurus,
  type ThesaurusGroup,
  type ThesaurusMatch,
  defaultThesaurus,
} from './thesaurus';
export { bm25Idf, bm25LengthNorm, bm25Saturate, disMax } from './bm25';

/** @app/text-analysis — the Chinese text analysis both engines and matching share, and the BM25 formula pieces. */
export { TextAnalyzer, defaultAnalyzer } from './analyzer';
export { domainDictionary, domainDictionaryLines, isDomainTerm } from './dictionary';
export {
  type VocabularyOverlay,
  activeVocabularies,
  currentOverlay,
  shippedGroupId,
} from './vocabulary/active-vocabulary';
export { type VocabularyChange, applyVocabularyOverlay } from './vocabulary/apply-vocabulary';
export {
  type ShippedVocabulary,
  loadVocabularyDir,
  shippedVocabulary,
  vocabularyDir,
} from './vocabulary/shipped-vocabulary';
export {
  MAX_GROUP_TERMS,
  MAX_TERM_LENGTH,
  type SourcedGroup,
  VocabularyFormatError,
  groupProblem,
  normalizeMember,
  parseVocabularyFile,
} from './vocabulary/vocabulary-format';
export {
  type DomainVocabulary,
  type VocabularyGroup,
  type VocabularyKind,
  groupsOf,
} from './vocabulary/vocabulary-types';
export { type DocumentFeatures, type ListingText, analyzeDocument } from './document-analyzer';
export { ANALYSIS_TASK_MODULE, type AnalysisBatch, analyzeDocuments } from './analysis-task';
export { readJiebaDictionary, readJiebaIdf } from './jieba-files';
export { type KeyTerm, LONG_QUERY_CHARS, extractKeyTerms } from './key-terms';
export { hasTraditional, normalizeText, toHalfWidth, toSimplifiedChinese } from './normalize';
export { initialsOf, parsePinyin, pinyinForms, syllableBigrams, syllablesOf } from './pinyin';
export { type LexiconSegment, PinyinLexicon, defaultPinyinLexicon, resetPinyinLexicon } from './pinyin-lexicon';
export {
  type QueryAlternative,
  type QueryConcept,
  type QueryOptions,
  type QueryPlan,
  analyzeQuery,
} from './query-analyzer';
export { JiebaSegmenter, type KeywordWeight, type Segmenter, defaultSegmenter, setDefaultSegmenter } from './segmenter';
export { CJK_CLASS, STOPWORDS, cjkRuns, compact, hasCjk, isAllCjk, isCjk, isWordChar } from './text';
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

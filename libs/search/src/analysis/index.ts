export { TextAnalyzer, defaultAnalyzer } from './analyzer';
export { domainDictionary, domainDictionaryLines, isDomainTerm } from './dictionary';
export { DOMAIN_VOCABULARIES, type DomainVocabulary } from './domain';
export { type DocumentFeatures, analyzeDocument } from './document-analyzer';
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
export { STOPWORDS, compact, isAllCjk } from './text';
export {
  DEFAULT_EXPANSION_WEIGHTS,
  type Expansion,
  type ExpansionWeights,
  Thesaurus,
  type ThesaurusGroup,
  type ThesaurusMatch,
  defaultThesaurus,
} from './thesaurus';

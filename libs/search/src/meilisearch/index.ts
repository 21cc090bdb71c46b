export { MeilisearchSearchEngine, type MeilisearchSearchOptions } from './meilisearch-search-engine';
export { FILTER_ATTRIBUTES, buildMeiliFilter, quoteFilterValue } from './filter-builder';
export {
  DOCUMENT_REJECTION_CODES,
  MeiliTaskError,
  classifyWriteError,
  meiliErrorCode,
  type MeiliClientLike,
  type MeiliDocument,
  type MeiliIndexLike,
  settle,
} from './meili-client';
export { SEARCHABLE_ATTRIBUTES, meiliSettings, toMeiliDocument } from './meili-schema';
export { MEILI_MAX_QUERY_WORDS, meiliQueryText, subwordFallbacks } from './query-builder';
export {
  EngineTokenizer,
  cutForSearch,
  jiebaDefaultWords,
  meiliDictionary,
  selectEngineDictionary,
} from './engine-tokens';
export { APP_KEY_ACTIONS, appKeyRequest, ensureAppKey } from './meili-key';

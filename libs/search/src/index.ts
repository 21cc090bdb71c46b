/** @app/search — the search port and its two adapters (embedded, Meilisearch); the analysis is @app/text-analysis. */
export * from './search.types';
export { filtersHiddenFields } from './filters';
export { teaserDocument, visibleDocument } from './teaser';
export { type ReindexSource, SearchEngine, SearchRejectedError, batchesOf } from './search-engine';
export * from './embedded';
export * from './meilisearch';

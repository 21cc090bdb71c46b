/** @app/search — the search port, its two adapters, the shared Chinese analysis, the contract suite and the eval. */
export * from './search.types';
export { filtersHiddenFields } from './filters';
export { teaserDocument, visibleDocument } from './teaser';
export { type ReindexSource, SearchEngine, SearchRejectedError, batchesOf } from './search-engine';
export * from './analysis';
export * from './embedded';
export * from './meilisearch';
export * from './eval';
export * from './testing';

export { EmbeddedSearchEngine, type EmbeddedSearchOptions } from './embedded-search-engine';
export { DEFAULT_SCORING, type ScoringOptions } from './scorer';
export { escapeHtml } from './highlight';

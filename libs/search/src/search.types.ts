/** Engine-neutral types of the search port. Nothing here knows about an engine, a database or GraphQL. */

export const INDUSTRIES = [
  'PHOTOVOLTAIC',
  'ENERGY_STORAGE',
  'HIGH_END_EQUIPMENT',
  'OPTOELECTRONICS',
  'AUTO_PARTS',
  'DIGITAL_ECONOMY',
  'LIFE_HEALTH',
  'NEW_MATERIALS',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const LISTING_KINDS = ['ACHIEVEMENT', 'NEED'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export const COOPERATION_MODES = ['TRANSFER', 'LICENSE', 'JOINT_DEVELOPMENT', 'EQUITY', 'SERVICE'] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

/**
 * One listing as the search engines see it. Built by the catalog from the current database row.
 * Confidential needs carry only their teaser: no `summary`, `budgetWan`, `orgId` or `orgName`
 * (engines also drop those fields defensively when `confidential` is true).
 */
export interface SearchDocument {
  /** Listing uuid, the document id in every engine. */
  id: string;
  kind: ListingKind;
  /** Human key, e.g. `PA001`. */
  key: string;
  title: string;
  /** Achievement summary or need description. Omitted for confidential needs. */
  summary?: string;
  keywords: string[];
  industry: Industry;
  /** Achievement technology readiness level 1..9. */
  trl?: number | null;
  /** Need's minimum TRL 1..9. */
  minTrl?: number | null;
  /** Achievement asking price in 万元; null means 面议 (negotiable). */
  priceWan?: number | null;
  /** Need budget in 万元; omitted for confidential needs. */
  budgetWan?: number | null;
  cooperationModes: string[];
  /** Omitted for confidential needs. */
  orgId?: string;
  orgName?: string;
  /** The owner's kind of organisation (UNIVERSITY, ENTERPRISE, ALLIANCE …). Omitted for confidential needs. */
  orgKind?: string | null;
  region?: string | null;
  /** Catalog status, e.g. PUBLISHED / OPEN / DRAFT; the engine only filters on it. */
  status: string;
  confidential: boolean;
  /** ISO date or date-time. */
  publishedAt: string;
  validUntil?: string | null;
}

export type SearchSort = 'RELEVANCE' | 'NEWEST' | 'TRL' | 'PRICE';
export const FACET_NAMES = ['industry', 'kind', 'cooperationModes', 'trl', 'region', 'status', 'orgKind'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/**
 * Filters combine with AND; list filters match any of their values.
 * - `trlMin`/`trlMax` apply to the listing's TRL: `trl` for achievements, `minTrl` for needs; listings without one
 *   are excluded when a bound is given.
 * - `maxPriceWan` keeps achievements priced at most that much or 面议 (null); needs are not priced and pass.
 * - A filter on a field a confidential need hides (orgIds, orgKinds, trlMin/trlMax, cooperationModes, maxPriceWan, regions)
 *   never matches a confidential document (`filtersHiddenFields`), so totals, pages and facets agree with the hits.
 * - `excludeIds` leaves listings out whatever else matches (the catalog's listings whose indexed copy may show more
 *   than the caller may now see).
 */
export interface SearchFilters {
  industries?: string[];
  trlMin?: number;
  trlMax?: number;
  cooperationModes?: string[];
  orgIds?: string[];
  maxPriceWan?: number;
  regions?: string[];
  /** Kinds of the owning organisation (UNIVERSITY, ENTERPRISE …). */
  orgKinds?: string[];
  statuses?: string[];
  confidential?: boolean;
  excludeIds?: string[];
}

export interface SearchQuery {
  /** Free text: words, abbreviations, English, pinyin, traditional characters, or a pasted long description. */
  text?: string;
  /** Both kinds when omitted or empty. */
  kinds?: ListingKind[];
  filters?: SearchFilters;
  /**
   * RELEVANCE (default; newest first when there is no text), NEWEST (publishedAt desc), TRL (desc),
   * PRICE (ascending asking price for achievements / budget for needs, 面议 and unknown last).
   */
  sort?: SearchSort;
  offset?: number;
  /** Capped by the engine (see `MAX_SEARCH_LIMIT`). */
  limit?: number;
  /** Facet counts over the whole filtered result set (not only the page). */
  facets?: FacetName[];
  /** Adds `titleHighlight`/`summaryHighlight`: HTML-escaped text with `<em>` around matches. */
  highlight?: boolean;
  /**
   * Hits scored below this are dropped. Omitted: the engine's default for people's searches (the embedded engine
   * drops very weak hits). 0 keeps every hit, for callers that re-rank candidates themselves (matching).
   */
  minScore?: number;
  /**
   * The text is a list of words a program chose (matching's learnt terms), not a person's typing: searched on the
   * word fields only, without the pinyin and character-gram fallbacks (they walk the biggest postings and only help
   * people). The embedded engine reads it like a pasted description: no typo correction, and words most of a large
   * index contains are skipped. Meilisearch keeps its typo tolerance and synonyms on the word fields.
   */
  keyTerms?: boolean;
  /** Adds each hit's indexed `document` (for callers that rank on listing fields without reading the database). */
  withDocuments?: boolean;
}

export const MAX_SEARCH_LIMIT = 200;
export const DEFAULT_SEARCH_LIMIT = 20;

export interface SearchHit {
  id: string;
  kind: ListingKind;
  key: string;
  /**
   * Relevance in 0..1, comparable across queries of one engine: about 1 when every key query term is found in the
   * title. 0 when the query has no text.
   */
  score: number;
  /** The indexed copy is a confidential need's teaser: who may see more can only be told from the database. */
  confidential?: boolean;
  titleHighlight?: string;
  /** A snippet of the summary around the first match, HTML-escaped, `<em>` around matches. */
  summaryHighlight?: string;
  /**
   * The listing as indexed, when asked `withDocuments`: a confidential need is its teaser (no summary, budget or
   * owner). Texts may be in display form (half-width, simplified), which analysis normalises anyway.
   */
  document?: SearchDocument;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
  /** facet name → value → count; trl values are '1'..'9'. */
  facets: Partial<Record<FacetName, Record<string, number>>>;
}

export interface ReindexProgress {
  indexed: number;
  /** Known only when the source is an array. */
  total?: number;
}

export interface SearchHealth {
  ok: boolean;
  engine: string;
  documents?: number;
  detail?: string;
}

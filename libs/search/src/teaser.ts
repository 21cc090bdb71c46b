import type { SearchDocument } from './search.types';

/**
 * What anyone may know of a confidential need, as a search document: title, keywords, industry, status and dates
 * the engine needs. No description, budget, TRL, cooperation modes, region, deadline or owner (nor its kind). The one projection
 * behind the catalog's index documents, matching's documents, the eval datasets and the engines' own defence.
 * `key` stays an engine-side identifier (never searched); no API shows it with a teaser, since keys people choose
 * name the owner.
 */
export function teaserDocument(doc: SearchDocument): SearchDocument {
  return {
    id: doc.id,
    kind: doc.kind,
    key: doc.key,
    title: doc.title,
    keywords: [...doc.keywords],
    industry: doc.industry,
    cooperationModes: [],
    status: doc.status,
    confidential: true,
    publishedAt: doc.publishedAt,
  };
}

/** A confidential document reduced to its teaser; others unchanged. */
export const visibleDocument = (doc: SearchDocument): SearchDocument => (doc.confidential ? teaserDocument(doc) : doc);

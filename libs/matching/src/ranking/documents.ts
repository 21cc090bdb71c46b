import type { CooperationMode, Industry } from '@app/core';
import { type SearchDocument, visibleDocument } from '@app/search';
import type { MatchAchievement, MatchNeed } from './types';

/** The search document of an achievement, as the catalog indexes it (used for analysis and by the eval). */
export function achievementDocument(a: MatchAchievement, status = 'PUBLISHED'): SearchDocument {
  return {
    id: a.id,
    kind: 'ACHIEVEMENT',
    key: a.key,
    title: a.title,
    summary: a.summary,
    keywords: [...a.keywords],
    industry: a.industry,
    trl: a.trl,
    priceWan: a.askingPriceWan ?? null,
    cooperationModes: [...a.cooperationModes],
    status,
    confidential: false,
    publishedAt: a.publishedAt,
    validUntil: a.validUntil ?? null,
  };
}

/** The search document of a need; a confidential one carries only its teaser (title, keywords, facets). */
export function needDocument(n: MatchNeed, status = 'OPEN'): SearchDocument {
  return visibleDocument({
    id: n.id,
    kind: 'NEED',
    key: n.key,
    title: n.title,
    summary: n.description ?? undefined,
    keywords: [...n.keywords],
    industry: n.industry,
    minTrl: n.minTrl ?? null,
    budgetWan: n.budgetWan ?? null,
    cooperationModes: [...n.cooperationModes],
    status,
    confidential: n.confidential,
    publishedAt: n.publishedAt ?? n.deadline ?? '1970-01-01',
    validUntil: n.deadline ?? null,
  });
}

/** A confidential need as an outsider may know it: no text, TRL, budget, modes or deadline. */
export const teaserMatchNeed = (n: MatchNeed): MatchNeed => ({
  id: n.id,
  key: n.key,
  title: n.title,
  industry: n.industry,
  keywords: n.keywords,
  confidential: n.confidential,
  publishedAt: n.publishedAt,
  description: null,
  minTrl: null,
  budgetWan: null,
  cooperationModes: [],
  deadline: null,
});

/**
 * An achievement as ranking reads it, from its indexed document; undefined when the document lacks a field ranking
 * needs (the caller then reads the database). The inverse of achievementDocument.
 */
export function achievementFromDocument(doc: SearchDocument): MatchAchievement | undefined {
  if (doc.kind !== 'ACHIEVEMENT' || doc.summary === undefined || typeof doc.trl !== 'number') return undefined;
  return {
    id: doc.id,
    key: doc.key,
    title: doc.title,
    summary: doc.summary,
    industry: doc.industry as Industry,
    keywords: doc.keywords,
    trl: doc.trl,
    askingPriceWan: doc.priceWan ?? null,
    cooperationModes: doc.cooperationModes as CooperationMode[],
    publishedAt: doc.publishedAt,
    validUntil: doc.validUntil ?? null,
  };
}

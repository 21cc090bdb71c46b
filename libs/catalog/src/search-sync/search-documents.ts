import { type SearchDocument, visibleDocument } from '@app/search';
import type { AchievementEntity, NeedEntity } from '../entities';
import { today } from '../domain/visibility';

export interface OrgInfo {
  name: string;
  region: string;
  kind: string;
}

/**
 * The search projection of an achievement. An expired listing is indexed as EXPIRED, so public searches
 * (PUBLISHED/OPEN only) drop it; the relay's daily sweep re-projects listings whose validity just ended.
 */
export function achievementDocument(a: AchievementEntity, org: OrgInfo | undefined, day = today()): SearchDocument {
  const expired = a.status === 'PUBLISHED' && a.validUntil !== null && a.validUntil < day;
  return {
    id: a.id,
    kind: 'ACHIEVEMENT',
    key: a.key,
    title: a.title,
    summary: a.summary,
    keywords: a.keywords,
    industry: a.industry,
    trl: a.trl,
    priceWan: a.askingPriceWan,
    cooperationModes: a.cooperationModes,
    orgId: a.orgId,
    orgName: org?.name,
    orgKind: org?.kind ?? null,
    region: org?.region ?? null,
    status: expired ? 'EXPIRED' : a.status,
    confidential: false,
    publishedAt: a.publishedAt ?? a.createdAt.toISOString(),
    validUntil: a.validUntil,
  };
}

/** A confidential need enters the index as its teaser only: no description, budget, owner or contact. */
export function needDocument(n: NeedEntity, org: OrgInfo | undefined): SearchDocument {
  return visibleDocument({
    id: n.id,
    kind: 'NEED',
    key: n.key,
    title: n.title,
    keywords: n.keywords,
    industry: n.industry,
    status: n.status,
    publishedAt: n.createdAt.toISOString(),
    confidential: n.confidential,
    summary: n.description,
    minTrl: n.minTrl,
    budgetWan: n.budgetWan,
    cooperationModes: n.cooperationModes,
    orgId: n.orgId,
    orgName: org?.name,
    orgKind: org?.kind ?? null,
    region: org?.region ?? null,
    validUntil: n.deadline,
  });
}

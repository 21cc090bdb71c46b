import { Actor, AchievementStatus, INDUSTRY_LABELS, isAlliance, NeedStatus } from '@app/core';
import type { AchievementEntity, NeedEntity } from '../entities';

/** YYYY-MM-DD in Asia/Shanghai, the alliance's calendar. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export const isPubliclyListed = (a: Pick<AchievementEntity, 'status' | 'validUntil'>, day = today()): boolean =>
  a.status === AchievementStatus.PUBLISHED && (a.validUntil === null || a.validUntil >= day);

export function canSeeAchievement(actor: Actor, a: AchievementEntity, day = today()): boolean {
  return isAlliance(actor) || actor.orgId === a.orgId || isPubliclyListed(a, day);
}

export function canEditAchievement(actor: Actor, orgId: string): boolean {
  return isAlliance(actor) || (actor.role === 'OFFICER' && actor.orgId === orgId);
}

export function canEditNeed(actor: Actor, orgId: string): boolean {
  return isAlliance(actor) || (actor.role === 'RD_LEAD' && actor.orgId === orgId);
}

export const isInsider = (actor: Actor, need: Pick<NeedEntity, 'orgId'>): boolean =>
  isAlliance(actor) || actor.orgId === need.orgId;

export function canSeeNeed(actor: Actor, need: NeedEntity): boolean {
  return isInsider(actor, need) || need.status === NeedStatus.OPEN;
}

/** What a viewer may see of a need: the full row, or for outsiders of a confidential need a teaser. */
export type NeedView = { teaser: false; need: NeedEntity } | { teaser: true; need: NeedTeaser };

/**
 * Only industry, title and keywords survive; the owner is shown as 某<industry>企业. No key: keys people choose name
 * the owner (xj-need-002).
 */
export interface NeedTeaser {
  id: string;
  title: string;
  industry: NeedEntity['industry'];
  keywords: string[];
  status: NeedEntity['status'];
  ownerLabel: string;
}

export function viewNeed(actor: Actor, need: NeedEntity): NeedView {
  if (!need.confidential || isInsider(actor, need)) return { teaser: false, need };
  return {
    teaser: true,
    need: {
      id: need.id,
      title: need.title,
      industry: need.industry,
      keywords: need.keywords,
      status: need.status,
      ownerLabel: `某${INDUSTRY_LABELS[need.industry]}企业`,
    },
  };
}

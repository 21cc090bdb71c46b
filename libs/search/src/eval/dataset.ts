import { createHash } from 'node:crypto';
import type { Industry, SearchDocument } from '../search.types';
import { visibleDocument } from '../teaser';

/** Judged dataset records, as described in the dataset SCHEMA (fixtures/eval/<set>/*.json). */
export interface EvalOrganization {
  key: string;
  name: string;
  kind: 'UNIVERSITY' | 'ENTERPRISE';
  region: string;
}

export interface EvalAchievement {
  key: string;
  orgKey: string;
  title: string;
  summary: string;
  industry: Industry;
  keywords: string[];
  trl: number;
  cooperationModes: string[];
  askingPriceWan: number | null;
  publishedAt: string;
}

export interface EvalNeed {
  key: string;
  orgKey: string;
  title: string;
  description: string;
  industry: Industry;
  keywords: string[];
  minTrl: number | null;
  budgetWan: number | null;
  cooperationModes: string[];
  deadline: string;
  confidential: boolean;
}

export interface EvalQuery {
  query: string;
  kind: string;
  relevant: Record<string, number>;
}

export interface EvalJudgment {
  needKey: string;
  achievementKey: string;
  grade: number;
}

export interface EvalDataset {
  organizations: EvalOrganization[];
  achievements: EvalAchievement[];
  needs: EvalNeed[];
  queries: EvalQuery[];
  judgments?: EvalJudgment[];
}

/** A stable uuid-shaped id from a key, so runs are reproducible. */
export function keyToUuid(key: string): string {
  const h = createHash('sha1').update(`xiushui:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Builds the documents the catalog would send: confidential needs as teasers only. */
export function toSearchDocuments(
  dataset: Pick<EvalDataset, 'organizations' | 'achievements' | 'needs'>,
): SearchDocument[] {
  const orgs = new Map(dataset.organizations.map((o) => [o.key, o]));
  const achievements = dataset.achievements.map((a): SearchDocument => {
    const org = orgs.get(a.orgKey);
    return {
      id: keyToUuid(a.key),
      kind: 'ACHIEVEMENT',
      key: a.key,
      title: a.title,
      summary: a.summary,
      keywords: a.keywords,
      industry: a.industry,
      trl: a.trl,
      priceWan: a.askingPriceWan,
      cooperationModes: a.cooperationModes,
      orgId: keyToUuid(a.orgKey),
      orgName: org?.name,
      region: org?.region ?? null,
      status: 'PUBLISHED',
      confidential: false,
      publishedAt: a.publishedAt,
    };
  });
  const needs = dataset.needs.map((n): SearchDocument => {
    const org = orgs.get(n.orgKey);
    return visibleDocument({
      id: keyToUuid(n.key),
      kind: 'NEED',
      key: n.key,
      title: n.title,
      summary: n.description,
      keywords: n.keywords,
      industry: n.industry,
      minTrl: n.minTrl,
      budgetWan: n.budgetWan,
      cooperationModes: n.cooperationModes,
      orgId: keyToUuid(n.orgKey),
      orgName: org?.name,
      region: org?.region ?? null,
      status: 'OPEN',
      confidential: n.confidential,
      publishedAt: '2026-01-01',
      validUntil: n.deadline,
    });
  });
  return [...achievements, ...needs];
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CooperationMode, Industry } from '@app/core';
import type { MatchAchievement, MatchNeed } from '../ranking/types';

/** The judged data set, in the neutral ranking types (ids are the data set's keys). See SCHEMA.md. */
export interface MatchDataset {
  organizations: ReadonlyArray<{ key: string; name: string; kind: string }>;
  achievements: MatchAchievement[];
  needs: MatchNeed[];
  /** needKey → achievementKey → grade (1-3); pairs not listed are grade 0. */
  judgments: Map<string, Map<string, number>>;
}

interface RawAchievement {
  key: string;
  title: string;
  summary: string;
  industry: Industry;
  keywords: string[];
  trl: number;
  cooperationModes: CooperationMode[];
  askingPriceWan: number | null;
  publishedAt: string;
  validUntil?: string | null;
}

interface RawNeed {
  key: string;
  title: string;
  description: string;
  industry: Industry;
  keywords: string[];
  minTrl: number | null;
  budgetWan: number | null;
  cooperationModes: CooperationMode[];
  deadline: string | null;
  confidential: boolean;
}

interface RawJudgment {
  needKey: string;
  achievementKey: string;
  grade: number;
}

const readJson = <T>(dir: string, file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

export function loadMatchDataset(dir: string): MatchDataset {
  const achievements = readJson<RawAchievement[]>(dir, 'achievements.json').map((a): MatchAchievement => ({
    ...a,
    id: a.key,
    validUntil: a.validUntil ?? null,
  }));
  const needs = readJson<RawNeed[]>(dir, 'needs.json').map((n): MatchNeed => ({ ...n, id: n.key }));
  const judgments = new Map<string, Map<string, number>>();
  for (const j of readJson<RawJudgment[]>(dir, 'judgments.json')) {
    const forNeed = judgments.get(j.needKey) ?? new Map<string, number>();
    forNeed.set(j.achievementKey, j.grade);
    judgments.set(j.needKey, forNeed);
  }
  const organizations = readJson<MatchDataset['organizations']>(dir, 'organizations.json');
  return { organizations, achievements, needs, judgments };
}

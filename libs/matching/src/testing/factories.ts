import { CooperationMode, Industry } from '@app/core';
import type { MatchAchievement, MatchNeed } from '../ranking/types';

/** Factories for specs: a plain PV need and a matching achievement; override what a case is about. */
export const aNeed = (over: Partial<MatchNeed> = {}): MatchNeed => ({
  id: 'n1',
  key: 'N001',
  title: 'PERC产线升级N型电池',
  description: '量产效率需突破25.5%',
  industry: Industry.PHOTOVOLTAIC,
  keywords: ['TOPCon'],
  minTrl: 6,
  budgetWan: 500,
  cooperationModes: [CooperationMode.LICENSE, CooperationMode.JOINT_DEVELOPMENT],
  confidential: false,
  deadline: '2027-06-30',
  ...over,
});

export const anAchievement = (over: Partial<MatchAchievement> = {}): MatchAchievement => ({
  id: 'a1',
  key: 'A001',
  title: 'N型TOPCon电池隧穿氧化层钝化接触工艺',
  summary: '隧穿氧化层与多晶硅钝化接触',
  industry: Industry.PHOTOVOLTAIC,
  keywords: ['TOPCon', '隧穿氧化层'],
  trl: 7,
  askingPriceWan: 380,
  cooperationModes: [CooperationMode.LICENSE],
  publishedAt: '2026-10-01',
  ...over,
});

import { CooperationMode as M } from '@app/core';
import { makeReason } from './factors';
import { scorePair } from './score';
import { teaserSafeReasons, teaserTerms } from './teaser-reasons';
import { aNeed, anAchievement } from '../testing';
import type { MatchReason, ScoreContext, TextEvidence } from './types';

const now = new Date('2026-11-25T00:00:00Z');
const strong: TextEvidence = { relevance: 1, commonTerms: ['TOPCon', '隧穿氧化层', '良率'] };
const secret = aNeed({
  confidential: true,
  title: 'TOPCon电池钝化工艺',
  keywords: ['隧穿氧化层'],
  description: '我司良率数据',
  minTrl: 7,
  budgetWan: 500,
});

describe('teaserTerms', () => {
  it.each([
    [
      ['TOPCon', '隧穿氧化层', '良率'],
      ['TOPCon', '隧穿氧化层'],
    ],
    [['topcon'], ['topcon']],
    [['良率'], []],
  ])('%j → %j', (terms, shown) => {
    expect(teaserTerms(terms, secret)).toEqual(shown);
  });
});

describe('teaserSafeReasons', () => {
  const reasons: MatchReason[] = [
    makeReason('TEXT', 'TEXT_SHARED_TERMS', 0.4, { terms: ['TOPCon'] }),
    makeReason('INDUSTRY', 'INDUSTRY_SAME', 0.2, { industry: 'PHOTOVOLTAIC' }),
    makeReason('TRL', 'TRL_BELOW', -0.1, { offered: 5, required: 7 }),
    makeReason('PRICE', 'PRICE_WITHIN_BUDGET', 0.1, { price: 100, budget: 500 }),
    makeReason('COOPERATION_MODE', 'MODES_SHARED', 0.1, { shared: ['LICENSE'] }),
    makeReason('FRESHNESS', 'PUBLISHED_DAYS_AGO', 0.05, { days: 3 }),
  ];
  it.each([
    ['ACHIEVEMENT', ['TEXT', 'INDUSTRY', 'FRESHNESS', 'HIDDEN_REQUIREMENTS'], 0.1],
    ['NEED', ['TEXT', 'INDUSTRY', 'HIDDEN_REQUIREMENTS'], 0.15],
  ] as const)('ranking %s: folds the hidden factors into one reason with their sum', (ranked, factors, hidden) => {
    const safe = teaserSafeReasons(reasons, ranked);
    expect(safe.map((r) => r.factor)).toEqual(factors);
    expect(safe.at(-1)?.contribution).toBeCloseTo(hidden, 6);
    expect(safe.reduce((s, r) => s + r.contribution, 0)).toBeCloseTo(
      reasons.reduce((s, r) => s + r.contribution, 0),
      6,
    );
  });
});

describe('scorePair for a viewer who sees the need as its teaser', () => {
  it.each([
    ['meets every requirement', anAchievement({ trl: 8, askingPriceWan: 100 })],
    ['misses TRL, budget and modes', anAchievement({ trl: 3, askingPriceWan: 900, cooperationModes: [M.EQUITY] })],
  ])('%s: the same score as an insider, no hidden figure or word in the reasons', (_case, achievement) => {
    for (const ranked of ['ACHIEVEMENT', 'NEED'] as const) {
      const ctx: ScoreContext = { now, ranked };
      const insider = scorePair(secret, achievement, strong, ctx);
      const outsider = scorePair(secret, achievement, strong, { ...ctx, needTeaser: true });
      expect(outsider.score).toBe(insider.score);
      const text = JSON.stringify(outsider.reasons);
      for (const hidden of ['良率', '500', '要求的 7', '技术许可', '合作开发', 'required', 'budget', 'LICENSE'])
        expect(text).not.toContain(hidden);
    }
  });
});

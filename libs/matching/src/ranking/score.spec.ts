import { CooperationMode as M, Industry as I } from '@app/core';
import { rankCandidates, scorePair } from './score';
import { aNeed, anAchievement } from '../testing';
import type { ScoreContext, TextEvidence } from './types';

const ctx: ScoreContext = { now: new Date('2026-11-25T00:00:00Z'), ranked: 'ACHIEVEMENT' };
const strong: TextEvidence = { relevance: 1, commonTerms: ['TOPCon', '隧穿氧化层'] };

describe('scorePair', () => {
  it('gives one reason per factor whose contributions add up to the score', () => {
    const { score, reasons } = scorePair(aNeed(), anAchievement(), strong, ctx);
    expect(reasons.map((r) => r.factor)).toEqual(['TEXT', 'INDUSTRY', 'TRL', 'PRICE', 'COOPERATION_MODE', 'FRESHNESS']);
    expect(reasons.map((r) => r.effect)).toEqual([
      'POSITIVE',
      'POSITIVE',
      'POSITIVE',
      'POSITIVE',
      'POSITIVE',
      'POSITIVE',
    ]);
    expect(score).toBeCloseTo(
      reasons.reduce((s, r) => s + r.contribution, 0),
      3,
    );
    expect(score).toBeGreaterThan(0.95);
    expect(score).toBeLessThanOrEqual(1);
  });

  it.each([
    ['TRL short', anAchievement({ trl: 5 }), '技术成熟度 5 级，低于要求的 6 级'],
    ['over budget', anAchievement({ askingPriceWan: 800 }), '报价 800 万元，超出预算 500 万元'],
    [
      'no shared mode',
      anAchievement({ cooperationModes: [M.EQUITY] }),
      '合作方式不一致：需求方希望技术许可、合作开发，成果方提供作价入股',
    ],
    ['expired', anAchievement({ validUntil: '2026-01-01' }), '已于 2026-01-01 过期'],
  ])('demotes without hiding: %s', (_case, achievement, message) => {
    const ok = scorePair(aNeed(), anAchievement(), strong, ctx).score;
    const bad = scorePair(aNeed(), achievement, strong, ctx);
    expect(bad.score).toBeLessThan(ok);
    expect(bad.score).toBeGreaterThan(0.3); // still a visible candidate
    expect(bad.reasons.map((r) => r.message)).toContain(message);
    expect(bad.reasons.find((r) => r.message === message)?.effect).toBe('NEGATIVE');
  });

  it('keeps a relevant candidate that breaks one constraint above a weakly related one that breaks none', () => {
    const violating = scorePair(aNeed(), anAchievement({ trl: 5 }), strong, ctx).score;
    const weak = scorePair(aNeed(), anAchievement(), { relevance: 0.4, commonTerms: ['电池'] }, ctx).score;
    expect(violating).toBeGreaterThan(weak);
  });

  it('ranks a cross-industry listing with strong text above a same-industry one with weak text', () => {
    const vision = scorePair(aNeed(), anAchievement({ industry: I.DIGITAL_ECONOMY }), strong, ctx).score;
    const weak = scorePair(aNeed(), anAchievement(), { relevance: 0.5, commonTerms: [] }, ctx).score;
    expect(vision).toBeGreaterThan(weak);
  });

  it('uses the need side for freshness when needs are ranked', () => {
    const expiredNeed = aNeed({ deadline: '2026-06-30' });
    const forNeeds = scorePair(expiredNeed, anAchievement(), strong, { ...ctx, ranked: 'NEED' });
    const forAchievements = scorePair(expiredNeed, anAchievement(), strong, ctx);
    expect(forNeeds.reasons[5]).toMatchObject({
      code: 'EXPIRED',
      params: { date: '2026-06-30' },
      message: '已于 2026-06-30 过期',
    });
    expect(forAchievements.reasons[5].code).toMatch(/^PUBLISHED/);
  });

  it('weighs two broken constraints more than the sum of each alone', () => {
    const base = scorePair(aNeed(), anAchievement(), strong, ctx).score;
    const trl = base - scorePair(aNeed(), anAchievement({ trl: 5 }), strong, ctx).score;
    const price = base - scorePair(aNeed(), anAchievement({ askingPriceWan: 800 }), strong, ctx).score;
    const both = base - scorePair(aNeed(), anAchievement({ trl: 5, askingPriceWan: 800 }), strong, ctx).score;
    expect(both).toBeGreaterThan(trl + price + 0.01);
  });

  it('stays within [0, 1] when everything is wrong', () => {
    const worst = anAchievement({
      trl: 1,
      askingPriceWan: 9999,
      cooperationModes: [M.EQUITY],
      validUntil: '2020-01-01',
    });
    const { score } = scorePair(aNeed({ minTrl: 9, budgetWan: 1 }), worst, { relevance: 0, commonTerms: [] }, ctx);
    expect(score).toBe(0);
  });
});

describe('rankCandidates', () => {
  it('sorts by score, breaks ties by key and keeps the first n', () => {
    const need = aNeed();
    const pairs = [
      { need, achievement: anAchievement({ id: 'b', key: 'B' }), text: { relevance: 0.5, commonTerms: [] } },
      { need, achievement: anAchievement({ id: 'c', key: 'C' }), text: strong },
      { need, achievement: anAchievement({ id: 'a', key: 'A' }), text: { relevance: 0.5, commonTerms: [] } },
    ];
    expect(rankCandidates(pairs, ctx, 2).map((m) => m.achievement.key)).toEqual(['C', 'A']);
  });
});

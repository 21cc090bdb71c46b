import { CooperationMode as M, Industry as I } from '@app/core';
import { EmbeddedSearchEngine } from '@app/search';
import { defaultAnalyzer } from '@app/text-analysis';
import { BagCache } from './bag-cache';
import { achievementDocument, needDocument } from './documents';
import { type MatchSources, matchesForAchievement, matchesForNeed } from './match-pipeline';
import { aNeed, anAchievement } from '../testing';
import type { MatchAchievement, MatchNeed } from './types';

const now = new Date('2026-11-01T00:00:00Z');

const achievements: MatchAchievement[] = [
  anAchievement({
    id: 'el',
    key: 'EL',
    title: '光伏组件电致发光成像隐裂智能识别系统',
    summary: '基于深度学习的EL图像隐裂、断栅、黑片缺陷自动识别，漏检率低于0.5%，可直接接入现有EL测试仪。',
    keywords: ['EL检测', '隐裂', '缺陷识别', '深度学习'],
    trl: 7,
    askingPriceWan: 80,
    cooperationModes: [M.LICENSE],
  }),
  anAchievement({
    id: 'el-lab',
    key: 'ELLAB',
    title: '组件EL隐裂缺陷检测算法实验室样机',
    summary: '实验室验证的EL图像隐裂与黑片识别算法。',
    keywords: ['EL检测', '隐裂', '缺陷检测'],
    trl: 4,
    askingPriceWan: 60,
    cooperationModes: [M.LICENSE],
  }),
  anAchievement({
    id: 'topcon',
    key: 'TOPCON',
    title: 'N型TOPCon电池隧穿氧化层钝化接触量产工艺',
    summary: '隧穿氧化层与掺杂多晶硅钝化接触，量产效率25.8%。',
    keywords: ['TOPCon', '隧穿氧化层', '钝化接触'],
  }),
  anAchievement({
    id: 'bms',
    key: 'BMS',
    title: '储能电池管理系统SOC估算算法',
    summary: '储能电站电池簇SOC与SOH在线估算。',
    industry: I.ENERGY_STORAGE,
    keywords: ['BMS', 'SOC估算'],
  }),
];

const need: MatchNeed = aNeed({
  id: 'n-el',
  key: 'NEL',
  title: '组件出厂前暗片、碎片漏检',
  description: '层压后EL测试全靠人工判图，夜班暗片、裂片漏判多，希望自动判图，要求本地部署。',
  keywords: ['暗片', '碎片', '自动判图'],
  minTrl: 6,
  budgetWan: 120,
  cooperationModes: [M.LICENSE, M.SERVICE],
});

const secret: MatchNeed = aNeed({
  id: 'n-secret',
  key: 'NSECRET',
  title: 'EL隐裂自动识别',
  description: '内部产线代号X-17，预算来自专项资金。',
  keywords: ['隐裂', 'EL检测'],
  budgetWan: 50,
  confidential: true,
});

async function sources(): Promise<MatchSources> {
  const analyzer = defaultAnalyzer();
  const engine = new EmbeddedSearchEngine({ analyzer });
  await engine.reindex([...achievements.map((a) => achievementDocument(a)), needDocument(need), needDocument(secret)]);
  const byId = new Map<string, MatchAchievement>(achievements.map((a) => [a.id, a]));
  const needs = new Map([need, secret].map((n) => [n.id, n]));
  return {
    engine,
    analyzer,
    achievementsByIds: async (ids) => ids.flatMap((id) => byId.get(id) ?? []),
    needsByIds: async (ids) => ids.flatMap((id) => needs.get(id) ?? []),
    bagCache: new BagCache(),
  };
}

describe('matchesForNeed', () => {
  it('bridges plant-floor words to the lab listing and ranks it first, with one reason per factor', async () => {
    const matches = await matchesForNeed(await sources(), need, { now });
    expect(matches[0].achievement.key).toBe('EL');
    expect(matches[0].reasons.map((r) => r.factor)).toEqual([
      'TEXT',
      'INDUSTRY',
      'TRL',
      'PRICE',
      'COOPERATION_MODE',
      'FRESHNESS',
    ]);
    expect(matches[0].reasons[0]).toMatchObject({
      code: 'TEXT_SHARED_TERMS',
      message: expect.stringMatching(/^共同关键词：/),
    });
    expect(matches[0].score).toBeGreaterThan(0.5);
    expect(matches[0].score).toBeLessThanOrEqual(1);
  });

  it('demotes the listing below the required TRL without hiding it', async () => {
    const keys = (await matchesForNeed(await sources(), need, { now })).map((m) => m.achievement.key);
    expect(keys).toContain('ELLAB');
    expect(keys.indexOf('ELLAB')).toBeGreaterThan(keys.indexOf('EL'));
  });

  it('keeps the first n and is stable from one call to the next', async () => {
    const s = await sources();
    const a = await matchesForNeed(s, need, { now, first: 1 });
    const b = await matchesForNeed(s, need, { now, first: 1 });
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
  });
});

describe('matchesForAchievement', () => {
  it('finds the needs an achievement serves and keeps a confidential need to its teaser', async () => {
    const matches = await matchesForAchievement(await sources(), achievements[0], { now });
    const keys = matches.map((m) => m.need.key);
    expect(keys).toEqual(expect.arrayContaining(['NEL', 'NSECRET']));
    const hidden = matches.find((m) => m.need.key === 'NSECRET');
    expect(hidden?.need.description).toBeNull();
    const text = JSON.stringify(hidden?.reasons);
    expect(text).not.toContain('X-17');
    expect(text).not.toContain('50万'); // the budget figure
  });

  it('shows a confidential need in full to a viewer who may read it', async () => {
    const matches = await matchesForAchievement(await sources(), achievements[0], { now, canReadNeed: () => true });
    expect(matches.find((m) => m.need.key === 'NSECRET')?.need.description).toContain('X-17');
  });
});

describe('candidate listings', () => {
  it('are read from the engine documents for achievements and from the loaders for needs', async () => {
    const s = await sources();
    const asked: string[] = [];
    const counted: MatchSources = {
      ...s,
      achievementsByIds: (ids) => (asked.push(...ids), s.achievementsByIds(ids)),
      needsByIds: (ids) => (asked.push(...ids), s.needsByIds(ids)),
    };
    expect((await matchesForNeed(counted, need, { now }))[0].achievement).toEqual({
      ...achievements[0],
      validUntil: null,
    });
    expect(asked).toEqual([]);
    await matchesForAchievement(counted, achievements[0], { now });
    expect([...asked].sort()).toEqual(['n-el', 'n-secret']);
  });

  it('keep a need that turned confidential after it was indexed to its teaser (the database decides)', async () => {
    const s = await sources();
    const open = (await matchesForAchievement(s, achievements[0], { now })).find((m) => m.need.key === 'NEL');
    expect(JSON.stringify(open?.reasons)).toContain('预算 120 万元');
    const nowSecret: MatchSources = {
      ...s,
      needsByIds: async (ids) => (ids.includes(need.id) ? [{ ...need, confidential: true }] : []),
    };
    const match = (await matchesForAchievement(nowSecret, achievements[0], { now })).find((m) => m.need.key === 'NEL');
    expect(match?.need.description).toBeNull();
    expect(JSON.stringify(match?.reasons)).not.toMatch(/120|budget/);
  });
});

import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const MATCHES_FOR_NEED = `query($id: ID!, $first: Int) { matchesForNeed(needId: $id, first: $first) {
  score reasons { factor contribution message } achievement { key trl askingPriceWan cooperationModes } need { key teaser } } }`;
const MATCHES_FOR_ACHIEVEMENT = `query($id: ID!) { matchesForAchievement(achievementId: $id, first: 50) {
  score reasons { factor message } need { key teaser description budgetWan ownerLabel } } }`;

describe('matching over GraphQL (demo catalog)', () => {
  let t: TestApp;
  let f: Factory;
  let rd: Person;
  let officer: Person;
  const needId = async (key: string, who: Person) =>
    (await t.gql(`query($key: String!) { need(key: $key) { id } }`, { key }, who.token)).data?.need.id as string;

  beforeAll(async () => {
    t = await startApp({ DEMO_DATA: '1' });
    f = new Factory(t);
    rd = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
    await t.syncSearch();
  });
  afterAll(() => t.close());

  it('ranks achievements for a need, best first, with one reason per factor', async () => {
    const res = await t.gql(MATCHES_FOR_NEED, { id: await needId('PN002', rd), first: 10 }, rd.token);
    expect(res.errors).toBeUndefined();
    const matches = res.data?.matchesForNeed as {
      score: number;
      reasons: { factor: string; contribution: number; message: string }[];
    }[];
    expect(matches.length).toBe(10);
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(new Set(m.reasons.map((r) => r.factor))).toEqual(
        new Set(['TEXT', 'INDUSTRY', 'TRL', 'PRICE', 'COOPERATION_MODE', 'FRESHNESS']),
      );
      for (const r of m.reasons) expect(r.message.length).toBeGreaterThan(3);
    }
    for (let i = 1; i < matches.length; i++) expect(matches[i].score).toBeLessThanOrEqual(matches[i - 1].score);
  });

  it('honours hard constraints: a candidate below the required TRL is demoted, not hidden, and says why', async () => {
    const owner = await f.person('RD_LEAD');
    const lab = await f.person('OFFICER');
    const text = {
      title: '锂电池极片涂布面密度在线检测',
      keywords: ['涂布', '面密度', '在线检测'],
      industry: 'ENERGY_STORAGE',
      cooperationModes: ['LICENSE'],
    };
    const ready = await f.achievement(lab, {
      ...text,
      key: 'CONSTRAINT_OK',
      trl: 8,
      askingPriceWan: 100,
      summary: '基于β射线的极片涂布面密度在线检测系统，精度±0.5%。',
    });
    const early = await f.achievement(lab, {
      ...text,
      key: 'CONSTRAINT_LOW',
      trl: 3,
      askingPriceWan: 900,
      summary: '基于β射线的极片涂布面密度在线检测系统，精度±0.5%。',
    });
    const need = await f.need(owner, {
      title: '涂布面密度在线检测',
      keywords: ['涂布', '面密度'],
      industry: 'ENERGY_STORAGE',
      description: '极片涂布面密度波动大，需要在线检测。',
      minTrl: 7,
      budgetWan: 300,
      cooperationModes: ['LICENSE'],
    });
    await t.syncSearch();
    const res = await t.gql(MATCHES_FOR_NEED, { id: need.id, first: 10 }, owner.token);
    const keys = res.data?.matchesForNeed.map((m: { achievement: { key: string } }) => m.achievement.key);
    expect(keys).toContain(early.key);
    expect(keys.indexOf(ready.key)).toBeLessThan(keys.indexOf(early.key));
    const low = res.data?.matchesForNeed.find((m: { achievement: { key: string } }) => m.achievement.key === early.key);
    const messages = low.reasons.map((r: { message: string }) => r.message).join(' | ');
    expect(messages).toMatch(/技术成熟度 3 级，低于要求的 7 级/);
    expect(messages).toMatch(/报价 900 万元，超出预算 300 万元/);
    expect(messages).not.toMatch(/[A-Za-z]{3,}/);
    // Structured: factor, code, effect and params say what the sentence says; English on request.
    const STRUCTURED = `query($id: ID!) { matchesForNeed(needId: $id, first: 10) { achievement { key } reasons { factor code effect contribution params message } } }`;
    const ask = async (lang?: string) => {
      const req = t
        .http()
        .post('/graphql')
        .set('authorization', `Bearer ${owner.token}`)
        .set('content-type', 'application/json');
      if (lang) req.set('accept-language', lang);
      const body = (await req.send({ query: STRUCTURED, variables: { id: need.id } })).body;
      expect(body.errors).toBeUndefined();
      return body.data.matchesForNeed.find((m: { achievement: { key: string } }) => m.achievement.key === early.key)
        .reasons as { factor: string; code: string; message: string }[];
    };
    const zh = await ask('zh-CN,zh;q=0.9');
    expect(zh).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          factor: 'TRL',
          code: 'TRL_BELOW',
          effect: 'NEGATIVE',
          params: { offered: 3, required: 7 },
          message: '技术成熟度 3 级，低于要求的 7 级',
        }),
        expect.objectContaining({
          factor: 'PRICE',
          code: 'PRICE_OVER_BUDGET',
          effect: 'NEGATIVE',
          params: { price: 900, budget: 300 },
        }),
        expect.objectContaining({
          factor: 'COOPERATION_MODE',
          code: 'MODES_SHARED',
          effect: 'POSITIVE',
          params: { shared: ['LICENSE'] },
          message: '合作方式一致：技术许可',
        }),
      ]),
    );
    expect((await ask()).map((r) => r.message)).toEqual(zh.map((r) => r.message));
    const en = await ask('en-US,en;q=0.9,zh;q=0.5');
    expect(en.map((r) => [r.factor, r.code])).toEqual(zh.map((r) => [r.factor, r.code]));
    expect(en.map((r) => r.message)).toEqual(
      expect.arrayContaining([
        'TRL 3 below the required 7',
        'Asking price 900万 over the budget of 300万',
        'Shares licensing',
      ]),
    );
  });

  it('officers see needs for their achievement, confidential ones as teasers with no figures', async () => {
    const owner = await f.person('RD_LEAD');
    const lab = await f.person('OFFICER');
    const a = await f.achievement(lab, {
      title: '风电叶片前缘腐蚀涂层修复',
      keywords: ['叶片', '前缘腐蚀', '涂层'],
      industry: 'NEW_MATERIALS',
      summary: '风电叶片前缘腐蚀的聚氨酯涂层修复技术。',
    });
    await f.need(owner, {
      title: '风电叶片前缘腐蚀修复涂层',
      keywords: ['叶片', '前缘腐蚀'],
      industry: 'NEW_MATERIALS',
      confidential: true,
      description: '机密描述内容',
      budgetWan: 432.75,
    });
    await t.syncSearch();
    const res = await t.gql(MATCHES_FOR_ACHIEVEMENT, { id: a.id }, lab.token);
    expect(res.errors).toBeUndefined();
    const teaser = res.data?.matchesForAchievement.find((m: { need: { teaser: boolean } }) => m.need.teaser);
    expect(teaser).toBeDefined();
    expect(teaser.need).toMatchObject({ description: null, budgetWan: null, ownerLabel: '某新材料企业' });
    expect(JSON.stringify(res.data)).not.toMatch(/432\.75|机密描述/);
  });

  it('a confidential need is ranked on the real need for everyone; outsiders get only teaser-safe reasons', async () => {
    const owner = await f.person('RD_LEAD');
    const lab = await f.person('OFFICER');
    const coordinator = await f.person('COORDINATOR');
    const a = await f.achievement(lab, {
      title: '光伏背板氟膜耐候老化评估',
      keywords: ['背板', '氟膜', '耐候'],
      trl: 7,
      cooperationModes: ['LICENSE'],
      summary: '背板氟膜湿热老化与紫外老化加速评估方法。',
    });
    const n = await f.need(owner, {
      title: '光伏背板氟膜耐候老化评估',
      keywords: ['背板', '氟膜'],
      confidential: true,
      minTrl: 6,
      cooperationModes: ['LICENSE'],
      description: '背板氟膜开裂导致组件绝缘失效，机密批次数据',
      budgetWan: 321,
    });
    await t.syncSearch();
    const Q = `query($id: ID!) { matchesForAchievement(achievementId: $id, first: 50) { score reasons { factor contribution message } need { id teaser } } }`;
    const pick = async (who: Person) =>
      (await t.gql(Q, { id: a.id }, who.token)).data?.matchesForAchievement.find(
        (m: { need: { id: string } }) => m.need.id === n.id,
      );
    const [insider, outsider] = [await pick(coordinator), await pick(lab)];
    expect(outsider.need.teaser).toBe(true);
    expect(outsider.score).toBe(insider.score);
    expect(insider.reasons.map((r: { factor: string }) => r.factor)).toEqual([
      'TEXT',
      'INDUSTRY',
      'TRL',
      'PRICE',
      'COOPERATION_MODE',
      'FRESHNESS',
    ]);
    expect(outsider.reasons.map((r: { factor: string }) => r.factor)).toEqual([
      'TEXT',
      'INDUSTRY',
      'HIDDEN_REQUIREMENTS',
    ]);
    const sum = outsider.reasons.reduce((s: number, r: { contribution: number }) => s + r.contribution, 0);
    expect(sum).toBeCloseTo(outsider.score, 3);
    expect(JSON.stringify(outsider.reasons)).not.toMatch(/321|机密|开裂|技术许可|LICENSE|万元|要求的| 级/);
    // The other way round: an officer asking for matches of the confidential need sees the owner's ranking.
    const M = `query($id: ID!) { matchesForNeed(needId: $id, first: 20) { score reasons { factor message } achievement { id } } }`;
    const forOwner = (await t.gql(M, { id: n.id }, owner.token)).data?.matchesForNeed;
    const forLab = (await t.gql(M, { id: n.id }, lab.token)).data?.matchesForNeed;
    expect(forLab.map((m: { achievement: { id: string }; score: number }) => [m.achievement.id, m.score])).toEqual(
      forOwner.map((m: { achievement: { id: string }; score: number }) => [m.achievement.id, m.score]),
    );
    for (const m of forLab)
      expect(m.reasons.map((r: { factor: string }) => r.factor)).toEqual([
        'TEXT',
        'INDUSTRY',
        'FRESHNESS',
        'HIDDEN_REQUIREMENTS',
      ]);
    // Reasons only: the achievements' random ids may contain any digits.
    expect(JSON.stringify(forLab.map((m: { reasons: unknown }) => m.reasons))).not.toMatch(
      /321|机密|开裂|万元|要求的| 级|合作方式一致/,
    );
  });

  it('invisible needs and bad ids are refused like everywhere else', async () => {
    const owner = await f.person('RD_LEAD');
    const draft = await f.need(owner, {}, false);
    expect(codeOf(await t.gql(MATCHES_FOR_NEED, { id: draft.id }, officer.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(MATCHES_FOR_NEED, { id: 'x' }, officer.token))).toBe('BAD_USER_INPUT');
    const open = await f.need(owner);
    expect((await t.gqlIn('en', MATCHES_FOR_NEED, { id: open.id, first: -3 }, owner.token)).errors?.[0].message).toBe(
      'first must not be less than 1',
    );
    expect((await t.gqlIn('en', MATCHES_FOR_NEED, { id: open.id, first: 51 }, owner.token)).errors?.[0].message).toBe(
      'first must not be greater than 50',
    );
  });
});

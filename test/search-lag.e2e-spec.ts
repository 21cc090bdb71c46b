import { Factory, Person } from './support/factories';
import { FlakyEngine } from './support/flaky-engine';
import { startApp, TestApp } from './support/test-app';

const SEARCH = `query($input: SearchInput!) { search(input: $input) {
  totalCount pageInfo { hasNextPage } facets { name values { value count } } hits { key need { teaser } achievement { key } } } }`;
const ALL_FACETS = ['INDUSTRY', 'KIND', 'COOPERATION_MODES', 'TRL', 'REGION', 'STATUS'];

/**
 * The relay does not run by itself in tests (SEARCH_RELAY_POLL_MS=0), so the index lags deterministically: every
 * change below is in the database and not yet in the engine until the test drains the outbox.
 */
describe('search while the index lags behind the catalog', () => {
  let t: TestApp;
  let f: Factory;
  let owner: Person;
  let officer: Person;
  let coordinator: Person;
  const engine = new FlakyEngine();
  const search = async (input: Record<string, unknown>, who: Person) => {
    const res = await t.gql(SEARCH, { input: { facets: ALL_FACETS, first: 50, ...input } }, who.token);
    expect(res.errors).toBeUndefined();
    return res.data?.search;
  };
  const nothing = {
    totalCount: 0,
    pageInfo: { hasNextPage: false },
    hits: [],
    facets: ALL_FACETS.map((name) => ({ name, values: [] })),
  };
  const makeConfidential = async (n: { id: string; version: number }) => {
    const res = await t.gql(
      `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { version } }`,
      { input: { id: n.id, version: n.version, confidential: true } },
      owner.token,
    );
    expect(res.errors).toBeUndefined();
  };

  beforeAll(async () => {
    t = await startApp({ SEARCH_MAX_ATTEMPTS: '2' }, { searchEngine: engine });
    f = new Factory(t);
    owner = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
    coordinator = await f.person('COORDINATOR');
  });
  afterEach(() => {
    engine.down = false;
  });
  afterAll(() => t.close());

  it('relay polls that find nothing to do do not count as writes (the lagging-hidden set stays cached)', async () => {
    await t.syncSearch();
    await t.drainMail();
    const before = t.db.writeGeneration;
    await t.relayNow();
    await t.drainMail();
    expect(t.db.writeGeneration).toBe(before);
    const n = await f.need(owner, { confidential: false });
    expect(t.db.writeGeneration).toBeGreaterThan(before);
    const after = t.db.writeGeneration;
    expect(await t.relayNow()).toBeGreaterThan(0); // claimed rows: a write
    expect(t.db.writeGeneration).toBeGreaterThan(after);
    expect(n.id).toBeDefined();
  });

  it('a need just made confidential: no count, facet or hit reveals it before the relay runs', async () => {
    const n = await f.need(owner, {
      title: '钽电容漏电流老化筛选',
      keywords: ['钽电容'],
      minTrl: 7,
      cooperationModes: ['EQUITY'],
    });
    await t.syncSearch();
    expect((await search({ query: '钽电容漏电流老化筛选' }, officer)).totalCount).toBe(1);
    await makeConfidential(n);
    for (const filters of [
      {},
      { trlMin: 7 },
      { regions: ['浙江省嘉兴市'] },
      { cooperationModes: ['EQUITY'] },
      { organizations: [owner.orgId] },
    ]) {
      expect({ filters, ...(await search({ query: '钽电容漏电流老化筛选', ...filters }, officer)) }).toEqual({
        filters,
        ...nothing,
      });
    }
    // The alliance sees everything anyway; once indexed, outsiders find the teaser, whose facets hold no hidden field.
    expect((await search({ query: '钽电容漏电流老化筛选' }, coordinator)).totalCount).toBe(1);
    await t.syncSearch();
    const after = await search({ query: '钽电容漏电流老化筛选' }, officer);
    expect(after.totalCount).toBe(1);
    expect(after.hits).toEqual([{ key: null, need: { teaser: true }, achievement: null }]);
    const facetValues = Object.fromEntries(
      after.facets.map((x: { name: string; values: { value: string }[] }) => [x.name, x.values.map((v) => v.value)]),
    );
    expect(facetValues).toEqual({
      INDUSTRY: ['PHOTOVOLTAIC'],
      KIND: ['NEED'],
      STATUS: ['OPEN'],
      COOPERATION_MODES: [],
      TRL: [],
      REGION: [],
    });
  });

  it('while the engine is down (changes wait in the outbox, retried without limit) the lagging copy stays out; public edits stay findable', async () => {
    const n = await f.need(owner, { title: '铌酸锂薄膜调制器封装', keywords: ['铌酸锂'] });
    const a = await f.achievement(officer, { title: '稀土永磁电机退磁诊断', keywords: ['退磁'] });
    await t.syncSearch();
    engine.down = true;
    await makeConfidential(n);
    const update = await t.gql(
      `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { version } }`,
      { input: { id: a.id, version: a.version, summary: '新的摘要' } },
      officer.token,
    );
    expect(update.errors).toBeUndefined();
    for (let i = 0; i < 2; i++) {
      await t.relayNow();
      await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`));
    }
    // An outage is retried without limit: the changes wait in the outbox, none becomes a dead letter.
    expect(Number((await t.db.read((em) => em.query(`SELECT count(*) c FROM search_dead_letters`)))[0].c)).toBe(0);
    expect(
      Number((await t.db.read((em) => em.query(`SELECT count(*) c FROM search_outbox`)))[0].c),
    ).toBeGreaterThanOrEqual(2);
    expect(await search({ query: '铌酸锂薄膜调制器封装' }, owner)).toEqual(nothing);
    expect(await search({ query: '铌酸锂薄膜调制器封装' }, officer)).toEqual(nothing);
    // A public listing whose edit is not indexed yet is still found (its older copy was public too).
    expect(
      (await search({ query: '稀土永磁电机退磁诊断' }, owner)).hits.map(
        (h: { achievement: { key: string } }) => h.achievement.key,
      ),
    ).toEqual([a.key]);
  });

  it('a need closed or an achievement archived is not counted before the relay runs', async () => {
    const n = await f.need(owner, { title: '碲锌镉探测器晶体生长', keywords: ['碲锌镉'] });
    const a = await f.achievement(officer, { title: '磁悬浮轴承转子动平衡', keywords: ['磁悬浮轴承'] });
    await t.syncSearch();
    const closed = await t.gql(
      `mutation($input: VersionedRefInput!) { closeNeed(input: $input) { status } }`,
      { input: { id: n.id, version: n.version } },
      owner.token,
    );
    expect(closed.errors).toBeUndefined();
    const archived = await t.gql(
      `mutation($input: VersionedRefInput!) { archiveAchievement(input: $input) { status } }`,
      { input: { id: a.id, version: a.version } },
      officer.token,
    );
    expect(archived.errors).toBeUndefined();
    expect(await search({ query: '碲锌镉探测器晶体生长' }, officer)).toEqual(nothing);
    expect(await search({ query: '磁悬浮轴承转子动平衡' }, owner)).toEqual(nothing);
  });
});

import { AchievementService, NeedRepository, NeedService } from '@app/catalog';
import { SearchEngine } from '@app/search';
import { Factory, type Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const HIT = 'key kind score titleHighlight summaryHighlight';
const search = (hit: string) =>
  `query($q: String!) { search(input: { query: $q, first: 20 }) { totalCount hits { ${hit} } facets { name } } }`;
const ENGINE_ONLY = search(HIT);
const HYDRATED = search(`${HIT} achievement { id } need { id }`);
/** The same fields through a fragment: still engine-only. */
const BY_FRAGMENT = `fragment H on SearchHitModel { key kind ... on SearchHitModel { score titleHighlight summaryHighlight } }
  query($q: String!) { search(input: { query: $q, first: 20 }) { totalCount hits { ...H } facets { name } } }`;

describe('search answered from the engine copy: same hits, same visibility as through the database', () => {
  let t: TestApp;
  let f: Factory;
  let owner: Person;
  let viewers: Person[];
  let secretKey: string;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    owner = await f.person('RD_LEAD');
    const officer = await f.person('OFFICER');
    viewers = [owner, officer, await f.person('RD_LEAD'), await f.person('COORDINATOR')];
    await f.achievement(officer, { title: '钨钼合金溅射靶材', summary: '高纯钨钼溅射靶材制备工艺' });
    secretKey = (
      await f.need(owner, { confidential: true, title: '钨钼靶材焊接良率', description: '机密：钨钼靶材绑定良率数据' })
    ).key;
    await f.need(owner, { confidential: false, title: '公开的钨钼粉末需求', description: '钨钼粉末球化' });
    await t.syncSearch();
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('gives every caller exactly the hits, keys, highlights and totals the hydrated query gives', async () => {
    for (const who of viewers) {
      const hydrated = await t.gql(HYDRATED, { q: '钨钼' }, who.token);
      expect(hydrated.errors).toBeUndefined();
      const expected = hydrated.data?.search.hits.map(
        ({ achievement: _a, need: _n, ...hit }: Record<string, unknown>) => hit,
      );
      for (const query of [ENGINE_ONLY, BY_FRAGMENT]) {
        const engine = await t.gql(query, { q: '钨钼' }, who.token);
        expect(engine.errors).toBeUndefined();
        expect(engine.data?.search.hits).toEqual(expected);
        expect(engine.data?.search.totalCount).toBe(hydrated.data?.search.totalCount);
      }
      expect(expected).toHaveLength(3);
      // The confidential need: its key only for its owner and the alliance; never its description's words.
      const keys = expected.map((h: { key: string | null }) => h.key);
      expect(keys.includes(secretKey)).toBe(who === owner || who === viewers[3]);
      expect(JSON.stringify(expected)).not.toContain('良率数据');
    }
  });

  it("reads no listing from the database for public hits; a confidential need's owner once", async () => {
    await f.achievement(viewers[1], { title: '氮化镓功率器件外延片', summary: '氮化镓外延' });
    await f.need(owner, { confidential: false, title: '碳化硅衬底切割', description: '碳化硅衬底' });
    const secret = (await f.need(owner, { confidential: true, title: '钼铼合金箔材轧制', description: '机密' })).key;
    await t.syncSearch();
    const achievements = jest.spyOn(AchievementService.prototype, 'findVisibleByIds');
    const needs = jest.spyOn(NeedService.prototype, 'findVisibleByIds');
    for (const q of ['氮化镓功率器件', '碳化硅衬底切割']) {
      const res = await t.gql(search(HIT), { q }, viewers[1].token);
      expect(res.data?.search.hits).toHaveLength(1);
    }
    expect(achievements).not.toHaveBeenCalled();
    expect(needs).not.toHaveBeenCalled();
    // The confidential need's owning organisation is read once; later searches answer from the engine alone.
    const owners = jest.spyOn(NeedRepository.prototype, 'orgsOf');
    for (const who of [viewers[1], viewers[2], owner, viewers[1]]) {
      const res = await t.gql(search(HIT), { q: '钼铼合金箔材' }, who.token);
      const keys = res.data?.search.hits.map((h: { key: string | null }) => h.key);
      expect(keys.includes(secret)).toBe(who === owner);
    }
    expect(owners).toHaveBeenCalledTimes(1);
    // The alliance sees every key: nothing to read.
    const alliance = await t.gql(search(HIT), { q: '钼铼合金箔材' }, viewers[3].token);
    expect(alliance.data?.search.hits.map((h: { key: string }) => h.key)).toContain(secret);
    expect(owners).toHaveBeenCalledTimes(1);
    expect(needs).not.toHaveBeenCalled();
    await t.gql(HYDRATED, { q: '氮化镓功率器件' }, viewers[1].token);
    expect(achievements).toHaveBeenCalled();
  });

  it('computes highlights only when they are asked for', async () => {
    const engine = jest.spyOn(t.app.get(SearchEngine), 'search');
    const highlighted = (await t.gql(search(HIT), { q: '钨钼' }, viewers[1].token)).data?.search.hits;
    const plain = (await t.gql(search('key kind score'), { q: '钨钼' }, viewers[1].token)).data?.search.hits;
    expect(highlighted.some((h: { titleHighlight: string | null }) => h.titleHighlight?.includes('<em>'))).toBe(true);
    expect(plain).toEqual(highlighted.map(({ key, kind, score }: Record<string, unknown>) => ({ key, kind, score })));
    expect(engine.mock.calls.map(([query]) => query.highlight)).toEqual([true, false]);
  });

  it('a need made confidential is hidden from outsiders before the relay runs, on both paths', async () => {
    const listing = await f.need(owner, { confidential: false, title: '即将保密的铟锡氧化物需求' });
    await t.syncSearch();
    const outsider = viewers[2];
    const keys = async (query: string) => (await t.gql(query, { q: '铟锡氧化物' }, outsider.token)).data?.search;
    expect((await keys(ENGINE_ONLY)).hits.map((h: { key: string }) => h.key)).toContain(listing.key);
    const res = await t.gql(
      `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }`,
      { input: { id: listing.id, version: listing.version, confidential: true } },
      owner.token,
    );
    expect(res.errors).toBeUndefined();
    const [engine, hydrated] = [await keys(ENGINE_ONLY), await keys(HYDRATED)];
    for (const page of [engine, hydrated]) {
      expect(page.hits.map((h: { key: string }) => h.key)).not.toContain(listing.key);
      expect(JSON.stringify(page)).not.toContain('即将保密');
    }
    expect(engine.totalCount).toBe(hydrated.totalCount);
  });
});

import { VocabularyService } from '@app/matching';
import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const SEARCH = `query($input: SearchInput!) { search(input: $input) { hits { key } } }`;
const MATCHES_FOR_NEED = `query($id: ID!) { matchesForNeed(needId: $id, first: 20) { achievement { key } } }`;
const ADD = `mutation($input: VocabularyGroupInput!) { addVocabularyGroup(input: $input) { id terms kind industry source enabled version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: VocabularyGroupInput!) { updateVocabularyGroup(id: $id, version: $version, input: $input) { id terms version } }`;
const REMOVE = `mutation($id: ID!) { removeVocabularyGroup(id: $id) }`;
const LIST = `query($filter: VocabularyFilterInput, $first: Int) { vocabularyGroups(filter: $filter, first: $first) { total items { id terms kind source origin enabled } } }`;
const SET_ENABLED = `mutation($id: ID!, $enabled: Boolean!) { setShippedVocabularyGroupEnabled(id: $id, enabled: $enabled) { id enabled } }`;

// Made-up plant-floor wording the shipped vocabulary does not link: a plant says 瓶料 (bottle flakes), a lab
// writes 再生涤纶 (recycled polyester). Nothing in the two listings' texts is shared.
describe('the alliance maintains the vocabulary at run time', () => {
  let t: TestApp;
  let f: Factory;
  let coordinator: Person;
  let plant: Person;
  let lab: Person;
  let achievementKey: string;
  let needId: string;

  const searchKeys = async (query: string): Promise<string[]> => {
    const res = await t.gql(SEARCH, { input: { query, first: 20 } }, plant.token);
    expect(res.errors).toBeUndefined();
    return res.data?.search.hits.map((h: { key: string }) => h.key);
  };
  const matchKeys = async (): Promise<string[]> => {
    const res = await t.gql(MATCHES_FOR_NEED, { id: needId }, plant.token);
    expect(res.errors).toBeUndefined();
    return res.data?.matchesForNeed.map((m: { achievement: { key: string } }) => m.achievement.key);
  };

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    coordinator = await f.person('COORDINATOR');
    plant = await f.person('RD_LEAD');
    lab = await f.person('OFFICER');
    const achievement = await f.achievement(lab, {
      title: '再生涤纶短纤纺丝工艺',
      summary: '再生涤纶短纤维纺丝，纤维强度提高，能耗下降。',
      industry: 'NEW_MATERIALS',
      keywords: ['短纤', '纺丝'], // 再生涤纶 only in the texts, where jieba splits it until it is a dictionary word
    });
    achievementKey = achievement.key;
    const need = await f.need(plant, {
      title: '瓶料高值化',
      description: '我厂瓶料库存积压，寻求瓶料的新用途。',
      industry: 'NEW_MATERIALS',
      keywords: ['瓶料'],
    });
    needId = need.id;
    await t.syncSearch();
  });
  afterAll(() => t.close());

  it('a new group makes a search and matchesForNeed find the listing they missed, at once', async () => {
    expect(await searchKeys('瓶料')).not.toContain(achievementKey);
    expect(await matchKeys()).not.toContain(achievementKey);

    const added = await t.gql(
      ADD,
      { input: { terms: [' 瓶料 ', '再生涤纶'], kind: 'SYNONYM', industry: 'NEW_MATERIALS' } },
      coordinator.token,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addVocabularyGroup).toMatchObject({
      terms: ['瓶料', '再生涤纶'],
      kind: 'SYNONYM',
      industry: 'NEW_MATERIALS',
      source: 'ALLIANCE',
      enabled: true,
      version: 1,
    });

    expect(await searchKeys('瓶料')).toContain(achievementKey);
    expect(await matchKeys()).toContain(achievementKey);

    // Listed with the shipped groups, found by a part of a term; audited.
    const listed = await t.gql(LIST, { filter: { text: '瓶', source: 'ALLIANCE' } }, coordinator.token);
    expect(listed.data?.vocabularyGroups.items).toEqual([
      {
        id: added.data?.addVocabularyGroup.id,
        terms: ['瓶料', '再生涤纶'],
        kind: 'SYNONYM',
        source: 'ALLIANCE',
        origin: null,
        enabled: true,
      },
    ]);
    const audit = await t.db.read((em) =>
      em.query(`SELECT action, actor_user_id AS actor FROM audit_log WHERE entity_type = 'VOCABULARY_GROUP'`),
    );
    expect(audit).toEqual([{ action: 'CREATE', actor: coordinator.userId }]);
  });

  it('an edit and a removal reach search and matching too', async () => {
    const [group] = (await t.gql(LIST, { filter: { source: 'ALLIANCE' } }, coordinator.token)).data?.vocabularyGroups
      .items;
    const edited = await t.gql(
      UPDATE,
      { id: group.id, version: 1, input: { terms: ['瓶料', '再生涤纶', '再生聚酯'], kind: 'RELATED' } },
      coordinator.token,
    );
    expect(edited.data?.updateVocabularyGroup).toEqual({
      id: group.id,
      terms: ['瓶料', '再生涤纶', '再生聚酯'],
      version: 2,
    });
    expect(await searchKeys('瓶料')).toContain(achievementKey);
    // A stale version is a conflict, not a lost update.
    const stale = await t.gql(
      UPDATE,
      { id: group.id, version: 1, input: { terms: ['瓶料', '涤纶'], kind: 'SYNONYM' } },
      coordinator.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    expect((await t.gql(REMOVE, { id: group.id }, coordinator.token)).data).toEqual({ removeVocabularyGroup: true });
    expect(await searchKeys('瓶料')).not.toContain(achievementKey);
    expect(await matchKeys()).not.toContain(achievementKey);
    const actions = await t.db.read((em) =>
      em.query(`SELECT action FROM audit_log WHERE entity_type = 'VOCABULARY_GROUP' ORDER BY id`),
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('a coordinator disables a shipped group and enables it again; the files stay as they are', async () => {
    const before = await searchKeys('bms');
    const lab2 = await f.achievement(lab, {
      title: '电池管理系统均衡策略',
      summary: '主动均衡电路与荷电状态估计。',
      industry: 'ENERGY_STORAGE',
      keywords: ['电池管理系统'],
    });
    await t.syncSearch();
    expect(before).not.toContain(lab2.key);
    expect(await searchKeys('bms')).toContain(lab2.key);
    const found = await t.gql(
      LIST,
      { filter: { text: 'bms', source: 'SHIPPED', kind: 'SYNONYM' }, first: 5 },
      coordinator.token,
    );
    const shipped = found.data?.vocabularyGroups.items.find((g: { terms: string[] }) =>
      g.terms.includes('电池管理系统'),
    );
    expect(shipped.origin).toMatch(/^energy-storage[.a-z-]*\.txt:\d+$/);
    expect(
      (await t.gql(SET_ENABLED, { id: shipped.id, enabled: false }, coordinator.token)).data
        ?.setShippedVocabularyGroupEnabled,
    ).toEqual({ id: shipped.id, enabled: false });
    expect(await searchKeys('bms')).not.toContain(lab2.key);
    await t.gql(SET_ENABLED, { id: shipped.id, enabled: true }, coordinator.token);
    expect(await searchKeys('bms')).toContain(lab2.key);
    // A shipped group is not removed or edited, and an alliance id is not "enabled".
    expect(codeOf(await t.gql(REMOVE, { id: shipped.id }, coordinator.token))).toBe('BAD_USER_INPUT');
  });

  it('is for coordinators and administrators only', async () => {
    const input = { terms: ['瓶料', '再生涤纶'], kind: 'SYNONYM' };
    expect(codeOf(await t.gql(ADD, { input }, plant.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LIST, {}, lab.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ADD, { input }))).toBe('UNAUTHENTICATED');
    expect(
      (await t.gql(ADD, { input: { terms: ['瓶坯', '聚酯瓶坯'], kind: 'RELATED' } }, await f.admin())).errors,
    ).toBeUndefined();
  });

  it.each([
    [['瓶料'], 'terms'],
    [['瓶料', '  '], 'terms.1'],
    [['瓶料', '再生涤纶', '瓶料 '], 'terms.2'],
    [['瓶料', 'a,b'], 'terms.1'],
    [['瓶料', 'x'.repeat(65)], 'terms'],
    [Array.from({ length: 21 }, (_, i) => `词${i}`), 'terms'],
    [['瓶料', '\u0000'], 'terms.1'],
    [['瓶料', '\ud800'], 'terms.1'],
  ])('refuses %j with a field error, writing nothing', async (terms, field) => {
    const count = async () =>
      Number((await t.db.read((em) => em.query(`SELECT count(*) AS c FROM vocabulary_groups`)))[0].c);
    const before = await count();
    const res = await t.gql(ADD, { input: { terms, kind: 'SYNONYM' } }, coordinator.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0]?.extensions as { fields?: { field: string; message: string }[] }).fields ?? [];
    expect(fields.map((p) => p.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('refuses a bad kind, industry or id without an internal error', async () => {
    expect(codeOf(await t.gql(ADD, { input: { terms: ['a1', 'b1'], kind: 'EQUAL' } }, coordinator.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await t.gql(ADD, { input: { terms: ['a1', 'b1'], kind: 'SYNONYM', industry: 'TEXTILES' } }, coordinator.token),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(ADD, { input: { terms: 'a1', kind: 'SYNONYM' } }, coordinator.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(REMOVE, { id: 'nope' }, coordinator.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, coordinator.token))).toBe(
      'NOT_FOUND',
    );
  });
});

// Two api instances on one PostgreSQL database (PGlite is one process only). They share this jest process's
// module state, so B's thesaurus changes with A's write; what B must pick up itself is its own index's analysis,
// on the poll (`refresh`, driven here because tests turn the timer off).
const describeOnPostgres = process.env.DATABASE_URL ? describe : describe.skip;
describeOnPostgres('another api process picks the change up', () => {
  const env = { JWT_SECRET: 'vocabulary-test-secret-0123456789abcdef' };
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startApp(env);
    b = await startApp({ ...env, KEEP_DATA: '1' });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('a group added through A reaches B’s search on its next poll', async () => {
    const f = new Factory(a);
    const coordinator = await f.person('COORDINATOR');
    const lab = await f.person('OFFICER');
    const plant = await f.person('RD_LEAD');
    const achievement = await f.achievement(lab, {
      title: '再生涤纶短纤纺丝工艺',
      summary: '再生涤纶短纤维纺丝，纤维强度提高，能耗下降。',
      industry: 'NEW_MATERIALS',
      keywords: ['短纤', '纺丝'],
    });
    await a.syncSearch();
    await b.syncSearch();
    const keysVia = async (t: TestApp): Promise<string[]> =>
      ((await t.gql(SEARCH, { input: { query: '瓶料', first: 20 } }, plant.token)).data?.search.hits ?? []).map(
        (h: { key: string }) => h.key,
      );
    expect(await keysVia(b)).not.toContain(achievement.key);

    const added = await a.gql(ADD, { input: { terms: ['瓶料', '再生涤纶'], kind: 'SYNONYM' } }, coordinator.token);
    expect(added.errors).toBeUndefined();
    expect(await keysVia(a)).toContain(achievement.key);
    await b.app.get(VocabularyService).refresh();
    expect(await keysVia(b)).toContain(achievement.key);
  });
});

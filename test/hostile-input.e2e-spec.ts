import { codeOf, Factory, Person } from './support/factories';
import { FORGED_CURSOR } from './support/fuzz';
import { startApp, TestApp } from './support/test-app';

type Res = Awaited<ReturnType<TestApp['gql']>>;
const fieldOf = (res: Res) => res.errors?.[0]?.extensions?.fields?.[0]?.field;
const UPDATE_NEED = `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id version title } }`;
const UPDATE_ACH = `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { id version } }`;

/** The six causes of INTERNAL_SERVER_ERROR found by attacking it: each is now BAD_USER_INPUT naming the field. */
describe('hostile input becomes BAD_USER_INPUT naming the field', () => {
  let t: TestApp;
  let rd: Person;
  let officer: Person;
  let need: { id: string; version: number };
  let achievement: { id: string; version: number };

  beforeAll(async () => {
    t = await startApp();
    const f = new Factory(t);
    rd = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
    const n = await f.need(rd);
    const a = await f.achievement(officer);
    need = { id: n.id, version: n.version };
    achievement = { id: a.id, version: a.version };
  });
  afterAll(() => t.close());

  const expectBad = (res: Res, field: string) => {
    expect({ code: codeOf(res), field: fieldOf(res) }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(res.data ?? null).toBeNull();
  };

  it('U+0000 in any text: top-level, nested and in lists', async () => {
    expectBad(await t.gql(UPDATE_NEED, { input: { ...need, title: 'a\u0000b' } }, rd.token), 'title');
    expectBad(await t.gql(UPDATE_NEED, { input: { ...need, keywords: ['ok', 'x\u0000'] } }, rd.token), 'keywords.1');
    expectBad(
      await t.gql(
        UPDATE_ACH,
        { input: { ...achievement, ip: [{ type: 'INVENTION_PATENT', number: 'ZL\u0000' }] } },
        officer.token,
      ),
      'ip.0.number',
    );
    expectBad(await t.gql(`{ achievements(first: 1, after: "\u0000") { totalCount } }`, {}, rd.token), 'after');
  });

  it('lone surrogates (which the audit JSONB would refuse)', async () => {
    expectBad(await t.gql(UPDATE_NEED, { input: { ...need, title: 'a\ud800b' } }, rd.token), 'title');
    expectBad(await t.gql(UPDATE_NEED, { input: { ...need, description: '\udc00' } }, rd.token), 'description');
    // A correct pair is text like any other.
    const ok = await t.gql(UPDATE_NEED, { input: { ...need, contact: '李工 😀' } }, rd.token);
    expect(ok.errors).toBeUndefined();
    need.version = ok.data?.updateNeed.version;
  });

  it('explicit null for a required field in an update; leaving it out keeps it', async () => {
    const res = await t.gql(UPDATE_NEED, { input: { ...need, title: null } }, rd.token);
    expectBad(res, 'title');
    expect(res.errors?.[0].message).toContain('标题不能为 null');
    expectBad(await t.gql(UPDATE_ACH, { input: { ...achievement, trl: null } }, officer.token), 'trl');
    const kept = await t.gql(UPDATE_NEED, { input: { ...need, budgetWan: null } }, rd.token);
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.updateNeed.title).toBe('组件层压后隐裂漏检');
  });

  it('a forged cursor with an impossible timestamp', async () => {
    for (const q of ['achievements', 'needs', 'matchRequests']) {
      expectBad(
        await t.gql(`query($a: String) { ${q}(first: 5, after: $a) { totalCount } }`, { a: FORGED_CURSOR }, rd.token),
        'after',
      );
    }
  });

  it('a lone surrogate in an e-mail, anonymously through login', async () => {
    const res = await t.gql(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: 'a\ud800@x.cn', password: 'whatever-123' },
    });
    expectBad(res, 'email');
  });

  it('more than 50 invalid values in a variables list', async () => {
    const res = await t.gql(
      `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }`,
      { input: { ...need, cooperationModes: Array.from({ length: 60 }, (_, i) => `BAD${i}`) } },
      rd.token,
    );
    expect(res.errors?.length).toBeGreaterThan(50);
    expect(res.errors?.map((e) => e.extensions?.code).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
  });
});

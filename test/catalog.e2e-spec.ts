import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const CREATE_A = `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { id key version status } }`;
const UPDATE_A = `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { id version title } }`;

describe('catalog: validation, versions, lifecycle, listings', () => {
  let t: TestApp;
  let f: Factory;
  let officer: Person;
  let rd: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    officer = await f.person('OFFICER');
    rd = await f.person('RD_LEAD');
  });
  afterAll(() => t.close());

  const base = () => ({
    key: `V${Math.random().toString(36).slice(2, 9)}`,
    title: '光伏玻璃减反射镀膜',
    summary: '镀膜工艺',
    industry: 'PHOTOVOLTAIC',
    keywords: ['光伏玻璃'],
    trl: 5,
    ip: [],
    cooperationModes: ['LICENSE'],
    askingPriceWan: 50,
    team: '',
    contact: '',
  });

  it.each([
    [{ trl: 10 }, 'trl must not be greater than 9'],
    [{ trl: 0 }, 'trl must not be less than 1'],
    [{ askingPriceWan: -5 }, 'askingPriceWan must not be less than 0'],
    [{ cooperationModes: [] }, 'cooperationModes must contain at least 1 elements'],
    [{ title: '' }, 'title must not be blank'],
    [{ title: '   ' }, 'title must not be blank'],
    [{ title: '\u3000\t\n' }, 'title must not be blank'],
    [{ summary: ' \r\n ' }, 'summary must not be blank'],
    [{ keywords: ['光伏', '  '] }, 'each value in keywords must not be blank'],
    [{ key: 'bad key!' }, 'key must be 1-64 letters, digits, _ or -'],
    [{ validUntil: '2026-13-01' }, 'validUntil must be a real date in YYYY-MM-DD form'],
    [{ validUntil: '2099-02-31' }, 'validUntil must be a real date in YYYY-MM-DD form'],
    [
      { ip: [{ type: 'INVENTION_PATENT', number: 'x'.repeat(65) }] },
      'ip.0.number must be shorter than or equal to 64 characters',
    ],
  ])('rejects %j with "%s" (in English on request) and writes nothing', async (override, message) => {
    const before = await count(t, 'achievements');
    const res = await t.gqlIn('en', CREATE_A, { input: { ...base(), ...override } }, officer.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain(message);
    expect(await count(t, 'achievements')).toBe(before);
  });

  it('enum and type errors are BAD_USER_INPUT too, with no stack trace', async () => {
    const res = await t.gql(CREATE_A, { input: { ...base(), industry: 'FISHING' } }, officer.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('a bad id is a clear BAD_USER_INPUT, not a database error', async () => {
    const res = await t.gqlIn('en', `{ achievement(id: "not-a-uuid") { id } }`, {}, officer.token);
    expect(res.errors?.[0]).toMatchObject({ message: 'id must be a UUID', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a key the organisation already uses is CONFLICT naming the field', async () => {
    const input = base();
    expect((await t.gql(CREATE_A, { input }, officer.token)).errors).toBeUndefined();
    const again = await t.gql(CREATE_A, { input }, officer.token);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.fields).toEqual([
      { field: 'key', message: `编号 ${input.key} 已被本机构的另一项科技成果使用，请换一个或留空自动生成` },
    ]);
  });

  it('concurrent creates with one key: one wins, every other one hears CONFLICT naming the key', async () => {
    const input = base();
    const results = await Promise.all(Array.from({ length: 8 }, () => t.gql(CREATE_A, { input }, officer.token)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(codeOf(r)).toBe('CONFLICT');
      expect(r.errors?.[0].extensions?.fields?.[0].field).toBe('key');
    }
  });

  it('a stale version is refused with CONFLICT and the first edit survives', async () => {
    const a = await f.achievement(officer);
    const first = await t.gql(
      UPDATE_A,
      { input: { id: a.id, version: a.version, title: '第一位编辑' } },
      officer.token,
    );
    expect(first.data?.updateAchievement.version).toBe(a.version + 1);
    const second = await t.gql(
      UPDATE_A,
      { input: { id: a.id, version: a.version, title: '第二位编辑' } },
      officer.token,
    );
    expect(codeOf(second)).toBe('CONFLICT');
    const now = await t.gql(`query($id: ID!) { achievement(id: $id) { title version } }`, { id: a.id }, officer.token);
    expect(now.data?.achievement).toEqual({ title: '第一位编辑', version: a.version + 1 });
  });

  it('concurrent editors of one version: exactly one wins', async () => {
    const a = await f.achievement(officer);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql(UPDATE_A, { input: { id: a.id, version: a.version, title: `编辑${i}` } }, officer.token),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT').length).toBe(7);
  });

  it('every change is in the append-only audit log', async () => {
    const a = await f.achievement(officer);
    await t.gql(UPDATE_A, { input: { id: a.id, version: a.version, title: '审计标题' } }, officer.token);
    const rows = await t.db.read((em) =>
      em.query(`SELECT action, actor_user_id, changes FROM audit_log WHERE entity_id = $1 ORDER BY id`, [a.id]),
    );
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'PUBLISH', 'UPDATE']);
    expect(rows[2].actor_user_id).toBe(officer.userId);
    expect(rows[2].changes.title.to).toBe('审计标题');
    await expect(
      t.db.transaction((em) => em.query(`DELETE FROM audit_log WHERE entity_id = $1`, [a.id])),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.transaction((em) => em.query(`UPDATE audit_log SET action = 'X' WHERE entity_id = $1`, [a.id])),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.transaction((em) => em.query(`TRUNCATE audit_log`))).rejects.toThrow(/append-only/);
    const after = await t.db.read((em) =>
      em.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [a.id]),
    );
    expect(after.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'PUBLISH', 'UPDATE']);
  });

  it('lifecycle: draft → published (valid one year) → archived → renewed; expired listings leave public view', async () => {
    const draft = await f.achievement(officer, {}, false);
    const pub = await t.gql(
      `mutation($input: VersionedRefInput!) { publishAchievement(input: $input) { status publishedAt validUntil version listed } }`,
      { input: { id: draft.id, version: draft.version } },
      officer.token,
    );
    const p = pub.data?.publishAchievement;
    expect(p.status).toBe('PUBLISHED');
    expect(Number(p.validUntil.slice(0, 4)) - Number(p.publishedAt.slice(0, 4))).toBe(1);
    const again = await t.gql(
      `mutation($input: VersionedRefInput!) { publishAchievement(input: $input) { status } }`,
      { input: { id: draft.id, version: p.version } },
      officer.token,
    );
    expect(again.errors?.[0].message).toBe('只有草稿可以发布（当前状态：已发布）');
    // Expire it in the database and check the public view.
    await t.db.transaction((em) =>
      em.query(`UPDATE achievements SET valid_until = '2020-01-01' WHERE id = $1`, [draft.id]),
    );
    const Q = `query($id: ID!) { achievement(id: $id) { listed version } }`;
    expect(codeOf(await t.gql(Q, { id: draft.id }, rd.token))).toBe('NOT_FOUND');
    const own = await t.gql(Q, { id: draft.id }, officer.token);
    expect(own.data?.achievement.listed).toBe(false);
    const renewed = await t.gql(
      `mutation($input: RenewAchievementInput!) { renewAchievement(input: $input) { listed validUntil } }`,
      { input: { id: draft.id, version: own.data?.achievement.version } },
      officer.token,
    );
    expect(renewed.data?.renewAchievement.listed).toBe(true);
    expect((await t.gql(Q, { id: draft.id }, rd.token)).data?.achievement.listed).toBe(true);
  });

  it('need lifecycle: draft → open → closed → renewed; past deadlines are refused', async () => {
    const n = await f.need(rd, {}, false);
    const past = await t.gqlIn(
      'en',
      `mutation($input: RenewNeedInput!) { renewNeed(input: $input) { id } }`,
      { input: { id: n.id, version: n.version, deadline: '2001-01-01' } },
      rd.token,
    );
    expect(past.errors?.[0].message).toContain('deadline must not be in the past');
    const open = await t.gql(
      `mutation($input: VersionedRefInput!) { openNeed(input: $input) { status version } }`,
      { input: { id: n.id, version: n.version } },
      rd.token,
    );
    const closed = await t.gql(
      `mutation($input: VersionedRefInput!) { closeNeed(input: $input) { status version } }`,
      { input: { id: n.id, version: open.data?.openNeed.version } },
      rd.token,
    );
    expect(closed.data?.closeNeed.status).toBe('CLOSED');
    expect(codeOf(await t.gql(`query($id: ID!) { need(id: $id) { id } }`, { id: n.id }, officer.token))).toBe(
      'NOT_FOUND',
    );
    const renewed = await t.gql(
      `mutation($input: RenewNeedInput!) { renewNeed(input: $input) { status deadline } }`,
      { input: { id: n.id, version: closed.data?.closeNeed.version, deadline: '2099-06-30' } },
      rd.token,
    );
    expect(renewed.data?.renewNeed).toEqual({ status: 'OPEN', deadline: '2099-06-30' });
  });

  it('listings page with cursors, filter, and cap `first` at 100', async () => {
    const uni = officer;
    for (let i = 0; i < 5; i++) await f.achievement(uni, { industry: 'NEW_MATERIALS', trl: 3 + i });
    const Q = `query($after: String, $filter: AchievementFilterInput) { achievements(first: 2, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key trl industry } } } }`;
    const filter = { industries: ['NEW_MATERIALS'], trlMin: 4 };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: { data: any } = await t.gql(Q, { after, filter }, rd.token);
      total = res.data.achievements.totalCount;
      for (const e of res.data.achievements.edges) {
        expect(e.node.industry).toBe('NEW_MATERIALS');
        expect(e.node.trl).toBeGreaterThanOrEqual(4);
        seen.push(e.node.key);
      }
      if (!res.data.achievements.pageInfo.hasNextPage) break;
      after = res.data.achievements.pageInfo.endCursor;
    }
    expect(total).toBe(4);
    expect(new Set(seen).size).toBe(4);
    expect(
      (await t.gqlIn('en', `{ achievements(first: 101) { totalCount } }`, {}, rd.token)).errors?.[0].message,
    ).toContain('first must not be greater than 100');
    expect(codeOf(await t.gql(`{ achievements(first: 5, after: "garbage") { totalCount } }`, {}, rd.token))).toBe(
      'BAD_USER_INPUT',
    );
    const forged = Buffer.from(JSON.stringify({ v: 'x', id: 'y' })).toString('base64url');
    expect(
      codeOf(
        await t.gql(
          `query($after: String) { needs(first: 5, after: $after) { totalCount } }`,
          { after: forged },
          rd.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('organisations: unique names and 统一社会信用代码 check digits', async () => {
    const admin = await f.admin();
    const M = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id creditCode } }`;
    const good = await t.gql(
      M,
      {
        input: { name: '嘉兴某光伏科技有限公司', kind: 'ENTERPRISE', region: '嘉兴', creditCode: '91330000142916567N' },
      },
      admin,
    );
    expect(good.data?.createOrganization.creditCode).toBe('91330000142916567N');
    const dup = await t.gql(
      M,
      { input: { name: '嘉兴某光伏科技有限公司', kind: 'ENTERPRISE', region: '嘉兴' } },
      admin,
    );
    expect(codeOf(dup)).toBe('CONFLICT');
    const bad = await t.gql(
      M,
      { input: { name: '另一家公司', kind: 'ENTERPRISE', region: '嘉兴', creditCode: '91330000142916567A' } },
      admin,
    );
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0].message).toContain('统一社会信用代码');
    expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('creditCode');
  });
});

async function count(t: TestApp, table: string): Promise<number> {
  const [row] = await t.db.read((em) => em.query(`SELECT count(*) AS c FROM ${table}`));
  return Number(row.c);
}

import { randomUUID } from 'node:crypto';
import { codeOf, Factory, Person } from './support/factories';
import { EVENT_OPS, eventInput, EventSteps } from './support/events';
import { GqlResult, startApp, TestApp } from './support/test-app';

const CREATE_A = `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { id version } }`;
const UPDATE_A = `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { id version } }`;
const NEED = `query($id: ID!) { need(id: $id) { id } }`;

/** Errors a person reads: Simplified Chinese by default, English when Accept-Language prefers it. */
describe('error messages in the request language', () => {
  let t: TestApp;
  let f: Factory;
  let officer: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    officer = await f.person('OFFICER');
  });
  afterAll(() => t.close());

  const input = (override: Record<string, unknown> = {}) => ({
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
    ...override,
  });

  it('validation: Chinese sentence naming the field by its label; English on request; field path unchanged', async () => {
    const zh = await t.gql(
      CREATE_A,
      { input: input({ trl: 10, title: ' ', ip: [{ type: 'INVENTION_PATENT', number: 'x'.repeat(65) }] }) },
      officer.token,
    );
    expect(codeOf(zh)).toBe('BAD_USER_INPUT');
    expect(zh.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { field: 'trl', message: '技术成熟度(TRL)不能大于 9' },
        { field: 'title', message: '标题不能为空白' },
        { field: 'ip.0.number', message: '编号最多 64 个字符' },
      ]),
    );
    expect(zh.errors?.[0].message).toContain('技术成熟度(TRL)不能大于 9');

    const en = await t.gqlIn('en-US,en;q=0.9', CREATE_A, { input: input({ trl: 10 }) }, officer.token);
    expect(en.errors?.[0]).toMatchObject({
      message: 'trl must not be greater than 9',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'trl', message: 'trl must not be greater than 9' }] },
    });

    const zhPreferred = await t.gqlIn(
      'zh-CN,zh;q=0.9,en;q=0.8',
      CREATE_A,
      { input: input({ trl: 10 }) },
      officer.token,
    );
    expect(zhPreferred.errors?.[0].message).toBe('技术成熟度(TRL)不能大于 9');
  });

  it('NOT_FOUND names the kind of record', async () => {
    const id = randomUUID();
    const zh = await t.gql(NEED, { id }, officer.token);
    expect(zh.errors?.[0]).toMatchObject({ message: '未找到该技术需求', extensions: { code: 'NOT_FOUND' } });
    const en = await t.gqlIn('en', NEED, { id }, officer.token);
    expect(en.errors?.[0]).toMatchObject({ message: `Need ${id} not found`, extensions: { code: 'NOT_FOUND' } });
  });

  it('CONFLICT on a stale version asks to reload, in either language', async () => {
    const created = await t.gql(CREATE_A, { input: input() }, officer.token);
    const a = created.data?.createAchievement as { id: string; version: number };
    expect(
      (await t.gql(UPDATE_A, { input: { id: a.id, version: a.version, title: '第一位编辑' } }, officer.token)).errors,
    ).toBeUndefined();

    const zh = await t.gql(UPDATE_A, { input: { id: a.id, version: a.version, title: '第二位编辑' } }, officer.token);
    expect(codeOf(zh)).toBe('CONFLICT');
    expect(zh.errors?.[0].message).toBe(
      `该科技成果已被他人修改（您编辑的是第 ${a.version} 版，当前为第 ${a.version + 1} 版），请刷新后重试`,
    );
    const en = await t.gqlIn(
      'en',
      UPDATE_A,
      { input: { id: a.id, version: a.version, title: '第二位编辑' } },
      officer.token,
    );
    expect(en.errors?.[0].message).toBe(
      `Achievement ${a.id} was changed by someone else (you edited version ${a.version}, it is now at ${a.version + 1}); reload and retry`,
    );
  });

  it('UNAUTHENTICATED and the HTTP routes answer in the request language too', async () => {
    const zh = await t.gql(NEED, { id: randomUUID() });
    expect(zh.errors?.[0]).toMatchObject({ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } });
    const en = await t.gqlIn('en', NEED, { id: randomUUID() });
    expect(en.errors?.[0].message).toBe('Sign in first');

    const login = (lang?: string) => {
      const req = t.http().post('/auth/login').set('content-type', 'application/json');
      return (lang ? req.set('accept-language', lang) : req).send({ email: 'x@test.cn' });
    };
    expect((await login()).body).toEqual({
      code: 'BAD_USER_INPUT',
      message: '请填写邮箱和密码',
      fields: [{ field: 'password', message: '请填写密码' }],
    });
    expect((await login('en')).body).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'email and password are required',
      fields: [{ field: 'password', message: 'password is required' }],
    });
  });

  /** One failing request, sent once per language (it writes nothing, so both meet the same state). */
  // Every row names its field (null: none), since jest hands a shorter row's test a done callback instead.
  type Case = [string, () => Promise<(lang: string) => Promise<GqlResult>>, string, string, string | null];
  const ask = (query: string, variables: Record<string, unknown>, token?: string) => (lang: string) =>
    t.gqlIn(lang, query, variables, token);

  it.each<Case>([
    [
      'catalog: publishing a published achievement',
      async () => {
        const a = await f.achievement(officer);
        const current = await t.gql(
          `query($id: ID!) { achievement(id: $id) { version } }`,
          { id: a.id },
          officer.token,
        );
        return ask(
          `mutation($input: VersionedRefInput!) { publishAchievement(input: $input) { id } }`,
          { input: { id: a.id, version: current.data?.achievement.version } },
          officer.token,
        );
      },
      '只有草稿可以发布（当前状态：已发布）',
      'status only a DRAFT can be published (it is PUBLISHED)',
      'status',
    ],
    [
      'catalog: an R&D lead posting an achievement',
      async () => ask(CREATE_A, { input: input() }, (await f.person('RD_LEAD')).token),
      '成果转化专员只能为本校发布科技成果',
      'Officers post achievements for their own university only',
      null,
    ],
    [
      'catalog: renewing a need with a past deadline',
      async () => {
        const rd = await f.person('RD_LEAD');
        const n = await f.need(rd);
        return ask(
          `mutation($input: RenewNeedInput!) { renewNeed(input: $input) { id } }`,
          { input: { id: n.id, version: n.version, deadline: '2001-01-01' } },
          rd.token,
        );
      },
      '截止日期不能早于今天',
      'deadline must not be in the past',
      'deadline',
    ],
    [
      'identity: a wrong password',
      async () =>
        ask(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
          input: { email: 'nobody@test.cn', password: 'Wrong-passw0rd-1' },
        }),
      '电子邮箱或密码错误',
      'Wrong e-mail or password',
      null,
    ],
    [
      'identity: a role that does not fit the organisation',
      async () =>
        ask(
          `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
          { input: { orgId: officer.orgId, email: 'misfit@test.cn', displayName: '某人', role: 'RD_LEAD' } },
          await f.admin(),
        ),
      '高校院所不能设置企业研发负责人角色',
      'role RD_LEAD cannot belong to a UNIVERSITY organization',
      'role',
    ],
    [
      'identity: an officer creating an organisation',
      async () =>
        ask(
          `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
          { input: { name: '某新机构', kind: 'ENTERPRISE', region: '嘉兴' } },
          officer.token,
        ),
      '只有联盟协调员可以创建机构',
      'Only alliance coordinators create organizations',
      null,
    ],
    [
      'events: a day that ends before it starts',
      async () =>
        ask(
          EVENT_OPS.create,
          { input: eventInput({ dayStart: '10:00', dayEnd: '09:00' }) },
          (await f.person('COORDINATOR')).token,
        ),
      '结束时间须晚于开始时间',
      'dayEnd must be after dayStart',
      'dayEnd',
    ],
    [
      'events: opening an event twice',
      async () => {
        const coordinator = await f.person('COORDINATOR');
        const event = await new EventSteps(t, f, coordinator).openEvent();
        return ask(EVENT_OPS.open, { input: { id: event.id, version: event.version } }, coordinator.token);
      },
      '对接会当前为“报名中”，开放报名须在“草稿”状态下进行',
      'status is OPEN; opening registration needs DRAFT',
      'status',
    ],
    [
      'events: an officer creating an event',
      async () => ask(EVENT_OPS.create, { input: eventInput() }, officer.token),
      '只有联盟协调员可以管理对接会',
      'Only alliance coordinators manage events',
      null,
    ],
  ])('%s: Chinese by default, English on request', async (_name, setUp, zh, en, field) => {
    const send = await setUp();
    const [chinese, english] = [await send(''), await send('en')];
    expect(chinese.errors?.[0].message).toBe(zh);
    expect(english.errors?.[0].message).toBe(en);
    expect(chinese.errors?.[0].extensions?.code).toBe(english.errors?.[0].extensions?.code);
    if (field) {
      expect(chinese.errors?.[0].extensions?.fields).toEqual([{ field, message: zh }]);
      expect(english.errors?.[0].extensions?.fields).toEqual([{ field, message: en }]);
    }
  });
});

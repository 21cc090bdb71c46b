import { randomUUID } from 'node:crypto';
import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const CREATE_A = `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { id version } }`;
const UPDATE_A = `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { id version } }`;
const NEED = `query($id: ID!) { need(id: $id) { id } }`;

/** Errors a person reads: Simplified Chinese by default, English when Accept-Language prefers it. */
describe('error messages in the request language', () => {
  let t: TestApp;
  let officer: Person;

  beforeAll(async () => {
    t = await startApp();
    officer = await new Factory(t).person('OFFICER');
  });
  afterAll(() => t.close());

  const input = (override: Record<string, unknown> = {}) => ({
    title: '光伏玻璃减反射镀膜', summary: '镀膜工艺', industry: 'PHOTOVOLTAIC', keywords: ['光伏玻璃'],
    trl: 5, ip: [], cooperationModes: ['LICENSE'], askingPriceWan: 50, team: '', contact: '', ...override,
  });

  it('validation: Chinese sentence naming the field by its label; English on request; field path unchanged', async () => {
    const zh = await t.gql(CREATE_A, { input: input({ trl: 10, title: ' ', ip: [{ type: 'INVENTION_PATENT', number: 'x'.repeat(65) }] }) }, officer.token);
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
    expect(en.errors?.[0]).toMatchObject({ message: 'trl must not be greater than 9', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'trl', message: 'trl must not be greater than 9' }] } });

    const zhPreferred = await t.gqlIn('zh-CN,zh;q=0.9,en;q=0.8', CREATE_A, { input: input({ trl: 10 }) }, officer.token);
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
    expect((await t.gql(UPDATE_A, { input: { id: a.id, version: a.version, title: '第一位编辑' } }, officer.token)).errors).toBeUndefined();

    const zh = await t.gql(UPDATE_A, { input: { id: a.id, version: a.version, title: '第二位编辑' } }, officer.token);
    expect(codeOf(zh)).toBe('CONFLICT');
    expect(zh.errors?.[0].message).toBe(`该科技成果已被他人修改（您编辑的是第 ${a.version} 版，当前为第 ${a.version + 1} 版），请刷新后重试`);
    const en = await t.gqlIn('en', UPDATE_A, { input: { id: a.id, version: a.version, title: '第二位编辑' } }, officer.token);
    expect(en.errors?.[0].message).toBe(`Achievement ${a.id} was changed by someone else (you edited version ${a.version}, it is now at ${a.version + 1}); reload and retry`);
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
    expect((await login()).body).toEqual({ code: 'BAD_USER_INPUT', message: '请填写邮箱和密码', fields: [{ field: 'password', message: '请填写密码' }] });
    expect((await login('en')).body).toEqual({ code: 'BAD_USER_INPUT', message: 'email and password are required', fields: [{ field: 'password', message: 'password is required' }] });
  });
});

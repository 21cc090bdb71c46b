import { BootstrapAdminService } from '@app/identity';
import { codeOf, Factory } from './support/factories';
import { ADMIN, startApp, TestApp } from './support/test-app';

const REFRESH = `mutation($input: RefreshInput!) { refreshSession(input: $input) { accessToken refreshToken user { id } } }`;
const ME = `{ me { id email role organization { name kind } } }`;

describe('identity and sessions', () => {
  let t: TestApp;
  let f: Factory;

  beforeAll(async () => {
    t = await startApp({ LOGIN_MAX_FAILURES: '3' });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('bootstrap admin signs in with the documented operation and `me` returns the caller', async () => {
    const res = await t.gql(
      `mutation { login(input: { email: "${ADMIN.email}", password: "${ADMIN.password}" }) { accessToken refreshToken user { id role } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.role).toBe('ADMIN');
    const me = await t.gql(ME, {}, res.data?.login.accessToken);
    expect(me.data?.me).toMatchObject({ email: ADMIN.email, role: 'ADMIN', organization: { kind: 'ALLIANCE' } });
  });

  it('bootstrap is idempotent across restarts on the same database', async () => {
    const count = async () =>
      Number((await t.db.read((em) => em.query(`SELECT count(*) AS c FROM users WHERE role = 'ADMIN'`)))[0].c);
    expect(await count()).toBe(1);
    await t.app.get(BootstrapAdminService).onApplicationBootstrap();
    expect(await count()).toBe(1);
  });

  it('rejects requests without or with a bad token', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, 'not-a-jwt'))).toBe('UNAUTHENTICATED');
  });

  it('wrong password is UNAUTHENTICATED and repeated failures are rate limited', async () => {
    const person = await f.person('RD_LEAD');
    const me = await t.gql(ME, {}, person.token);
    const email = me.data?.me.email as string;
    const bad = { input: { email, password: 'wrong-password' } };
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    for (let i = 0; i < 3; i++) expect(codeOf(await t.gql(LOGIN, bad))).toBe('UNAUTHENTICATED');
    const limited = await t.gql(LOGIN, { input: { email, password: 'Str0ng-passw0rd' } });
    expect(codeOf(limited)).toBe('TOO_MANY_REQUESTS');
  });

  it('unknown e-mail gives the same answer as a wrong password', async () => {
    const res = await t.gql(
      `mutation { login(input: { email: "nobody@test.cn", password: "whatever-123" }) { accessToken } }`,
    );
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toBe('电子邮箱或密码错误');
  });

  it('refresh tokens rotate, and reusing a spent one revokes the whole chain', async () => {
    const first = await f.login(ADMIN.email, ADMIN.password);
    const r1 = await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
    expect(r1.errors).toBeUndefined();
    const second = r1.data?.refreshSession.refreshToken as string;
    expect(second).not.toBe(first.refreshToken);
    expect((await t.gql(ME, {}, r1.data?.refreshSession.accessToken)).data?.me.email).toBe(ADMIN.email);
    // Replay of the spent token: refused, and the newest token of the chain dies with it.
    expect(codeOf(await t.gql(REFRESH, { input: { refreshToken: first.refreshToken } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { input: { refreshToken: second } }))).toBe('UNAUTHENTICATED');
    // Another sign-in is a separate chain and still works.
    const other = await f.login(ADMIN.email, ADMIN.password);
    expect((await t.gql(REFRESH, { input: { refreshToken: other.refreshToken } })).errors).toBeUndefined();
  });

  it('an invitation token works once and sets the password', async () => {
    const admin = await f.admin();
    const orgId = await f.org('UNIVERSITY');
    const inv = await t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationToken user { id active } } }`,
      { input: { orgId, email: 'Officer@Uni.cn', displayName: '转移办', role: 'OFFICER' } },
      admin,
    );
    expect(inv.data?.inviteUser.user.active).toBe(false);
    const token = inv.data?.inviteUser.invitationToken as string;
    const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id active } }`;
    expect((await t.gql(ACCEPT, { input: { token, password: 'short' } })).errors?.[0].message).toContain(
      '密码至少 10 个字符',
    );
    const accepted = await t.gql(ACCEPT, { input: { token, password: 'a-good-password' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.active).toBe(true);
    expect(codeOf(await t.gql(ACCEPT, { input: { token, password: 'another-password' } }))).toBe('BAD_USER_INPUT');
    expect((await f.login('officer@uni.cn', 'a-good-password')).accessToken).toBeTruthy();
  });

  it('roles must fit the organisation kind, and only admins invite admins', async () => {
    const admin = await f.admin();
    const uni = await f.org('UNIVERSITY');
    const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`;
    const wrongKind = await t.gqlIn(
      'en',
      INVITE,
      { input: { orgId: uni, email: 'x1@test.cn', displayName: 'x', role: 'RD_LEAD' } },
      admin,
    );
    expect(wrongKind.errors?.[0]).toMatchObject({
      message: 'role RD_LEAD cannot belong to a UNIVERSITY organization',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const coordinator = await f.person('COORDINATOR');
    const alliance = await f.org('ALLIANCE');
    const byCoordinator = await t.gql(
      INVITE,
      { input: { orgId: alliance, email: 'x2@test.cn', displayName: 'x', role: 'ADMIN' } },
      coordinator.token,
    );
    expect(codeOf(byCoordinator)).toBe('FORBIDDEN');
  });

  it('password hashes are Argon2id with at least OWASP parameters', async () => {
    const [row] = await t.db.read((em) => em.query(`SELECT password_hash FROM users WHERE email = $1`, [ADMIN.email]));
    expect(row.password_hash).toMatch(/^\$argon2id/);
    const params = Object.fromEntries(
      (row.password_hash as string)
        .split('$')[3]
        .split(',')
        .map((kv) => kv.split('=')),
    );
    expect(Number(params.m)).toBeGreaterThanOrEqual(19456);
    expect(Number(params.t)).toBeGreaterThanOrEqual(2);
  });
});

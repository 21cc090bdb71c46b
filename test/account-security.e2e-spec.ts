import { JwtService } from '@nestjs/jwt';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf, Factory } from './support/factories';
import { ADMIN, startApp, TestApp } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id organization { name kind } } } }`;
const ME = `{ me { id email } }`;
const PASSWORD = 'Str0ng-passw0rd';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function emailOf(t: TestApp, userId: string): Promise<string> {
  const [row] = await t.db.read((em) => em.query(`SELECT email FROM users WHERE id = $1`, [userId]));
  return row.email;
}

describe('sign-in throttling and access-token checks', () => {
  let t: TestApp;
  let f: Factory;

  /** A login from a given client address (the test app trusts one proxy hop). */
  const loginFrom = (address: string, email: string, password: string) =>
    t
      .http()
      .post('/graphql')
      .set('x-forwarded-for', address)
      .send({ query: LOGIN, variables: { input: { email, password } } })
      .then((r) => r.body);

  beforeAll(async () => {
    t = await startApp({
      LOGIN_MAX_FAILURES: '5',
      LOGIN_ADDRESS_MAX_FAILURES: '20',
      TRUST_PROXY: '1',
      TOKEN_STATE_CACHE_MS: '300',
    });
    f = new Factory(t);
  });
  afterAll(() => t.close());

  it('login { user { organization } } answers without a bearer token', async () => {
    const res = await t.gql(LOGIN, { input: { email: ADMIN.email, password: ADMIN.password } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.user.organization.kind).toBe('ALLIANCE');
  });

  it('50 concurrent wrong passwords get exactly the 5 free tries, the rest wait', async () => {
    const person = await f.person('RD_LEAD');
    const email = await emailOf(t, person.userId);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => loginFrom('198.51.100.1', email, 'wrong-password-1')),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(45);
    // Even the right password waits now, and the answer says for how long, in Chinese.
    const blocked = await loginFrom('198.51.100.1', email, PASSWORD);
    expect(blocked.errors[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: expect.any(Number),
    });
    expect(blocked.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(25);
    expect(blocked.errors[0].extensions.retryAfterSeconds).toBeLessThanOrEqual(30);
    expect(blocked.errors[0].message).toMatch(/^登录失败次数过多，请 \d+ 秒后再试/);
  });

  it('each failure after the free ones doubles the wait; a success clears it', async () => {
    const person = await f.person('RD_LEAD');
    const email = await emailOf(t, person.userId);
    const key = `acct:${email}|198.51.100.2`;
    for (let i = 0; i < 5; i++)
      expect(codeOf(await loginFrom('198.51.100.2', email, 'wrong-password-2'))).toBe('UNAUTHENTICATED');
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await loginFrom('198.51.100.2', email, 'wrong-password-2');
      waits.push(res.errors[0].extensions.retryAfterSeconds);
      // Time passes: the wait is over, and the next failure counts again.
      await t.db.transaction((em) =>
        em.query(`UPDATE login_throttles SET blocked_until = now() - interval '1 second' WHERE key = $1`, [key]),
      );
      expect(codeOf(await loginFrom('198.51.100.2', email, 'wrong-password-2'))).toBe('UNAUTHENTICATED');
    }
    expect(waits[0]).toBeLessThanOrEqual(30);
    expect(waits[1]).toBeGreaterThan(55);
    expect(waits[2]).toBeGreaterThan(115);
    await t.db.transaction((em) => em.query(`UPDATE login_throttles SET blocked_until = NULL WHERE key = $1`, [key]));
    expect((await loginFrom('198.51.100.2', email, PASSWORD)).errors).toBeUndefined();
    const rows = await t.db.read((em) => em.query(`SELECT * FROM login_throttles WHERE key = $1`, [key]));
    expect(rows).toHaveLength(0);
  });

  it("a stranger's failures cannot lock the owner out of their own address", async () => {
    const person = await f.person('OFFICER');
    const email = await emailOf(t, person.userId);
    for (let i = 0; i < 12; i++) await loginFrom('203.0.113.66', email, 'guessing-password');
    expect(codeOf(await loginFrom('203.0.113.66', email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    const owner = await loginFrom('192.0.2.10', email, PASSWORD);
    expect(owner.errors).toBeUndefined();
    expect(owner.data.login.accessToken).toBeTruthy();
    // Rotating the forged left-hand part of X-Forwarded-For does not help the stranger: one proxy hop is trusted.
    const forged = await t
      .http()
      .post('/graphql')
      .set('x-forwarded-for', '10.9.9.9, 203.0.113.66')
      .send({ query: LOGIN, variables: { input: { email, password: PASSWORD } } });
    expect(codeOf(forged.body)).toBe('TOO_MANY_REQUESTS');
  });

  it('one address guessing many accounts is stopped by the per-address limit', async () => {
    const emails = await Promise.all([0, 1, 2].map(async () => emailOf(t, (await f.person('OFFICER')).userId)));
    let throttled = 0;
    for (let i = 0; i < 26; i++) {
      const res = await loginFrom('203.0.113.99', `${emails[i % 3].replace('@', `+${i}@`)}`, 'guess');
      if (codeOf(res) === 'TOO_MANY_REQUESTS') throttled++;
    }
    expect(throttled).toBe(6);
    expect(codeOf(await loginFrom('203.0.113.99', emails[0], PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect((await loginFrom('203.0.113.100', emails[0], PASSWORD)).errors).toBeUndefined();
  });

  it('password-reset requests are limited per client address, whoever they name', async () => {
    const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
    const from = (address: string, i: number) =>
      t
        .http()
        .post('/graphql')
        .set('x-forwarded-for', address)
        .send({ query: REQUEST, variables: { email: `someone${i}@test.cn` } })
        .then((r) => r.body);
    for (let i = 0; i < 10; i++) expect((await from('203.0.113.50', i)).data?.requestPasswordReset).toBe(true);
    const limited = await from('203.0.113.50', 10);
    expect(limited.errors[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: expect.any(Number),
    });
    expect(limited.errors[0].message).toMatch(/^请求过于频繁，请 \d+ 秒后再试/);
    expect((await from('203.0.113.51', 11)).data?.requestPasswordReset).toBe(true);
  });

  it('signing out ends the access tokens of that sign-in at once, not those of another', async () => {
    const person = await f.person('RD_LEAD');
    const email = await emailOf(t, person.userId);
    const a = await f.login(email, PASSWORD);
    const b = await f.login(email, PASSWORD);
    expect((await t.gql(ME, {}, a.accessToken)).errors).toBeUndefined();
    expect(
      (
        await t.gql(`mutation($input: RefreshInput!) { logout(input: $input) }`, {
          input: { refreshToken: a.refreshToken },
        })
      ).data?.logout,
    ).toBe(true);
    expect(codeOf(await t.gql(ME, {}, a.accessToken))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, b.accessToken)).errors).toBeUndefined();
  });

  it('a deleted, deactivated or moved user loses access within the cache period; refresh stops too', async () => {
    const moved = await f.person('RD_LEAD');
    const deactivated = await f.person('RD_LEAD');
    const deleted = await f.person('RD_LEAD');
    const session = await f.login(await emailOf(t, deactivated.userId), PASSWORD);
    for (const p of [moved, deactivated, deleted]) expect((await t.gql(ME, {}, p.token)).errors).toBeUndefined();
    const otherOrg = await f.org('ENTERPRISE');
    await t.db.transaction(async (em) => {
      await em.query(`UPDATE users SET org_id = $2 WHERE id = $1`, [moved.userId, otherOrg]);
      await em.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [deactivated.userId]);
      await em.query(`DELETE FROM users WHERE id = $1`, [deleted.userId]);
    });
    await sleep(350);
    for (const p of [moved, deactivated, deleted]) expect(codeOf(await t.gql(ME, {}, p.token))).toBe('UNAUTHENTICATED');
    const refreshed = await t.gql(`mutation($input: RefreshInput!) { refreshSession(input: $input) { accessToken } }`, {
      input: { refreshToken: session.refreshToken },
    });
    expect(codeOf(refreshed)).toBe('UNAUTHENTICATED');
    const login = await t.gql(LOGIN, { input: { email: await emailOf(t, deactivated.userId), password: PASSWORD } });
    expect(login.errors?.[0]).toMatchObject({
      message: '账户已停用，请联系本单位管理员',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('tokens without exp, or without the version claims, are refused even with the right signature', async () => {
    const person = await f.person('OFFICER');
    const [{ value: secret }] = await t.db.read((em) => em.query(`SELECT value FROM app_secrets WHERE name = 'jwt'`));
    const jwt = new JwtService({ secret });
    const claims = JSON.parse(Buffer.from(person.token.split('.')[1], 'base64url').toString());
    const { exp: _exp, iat: _iat, ...noExp } = claims;
    expect(
      (await t.gql(ME, {}, jwt.sign({ ...noExp, exp: Math.floor(Date.now() / 1000) + 60 }))).errors,
    ).toBeUndefined();
    expect(codeOf(await t.gql(ME, {}, jwt.sign(noExp)))).toBe('UNAUTHENTICATED');
    const { ver: _ver, ...noVersion } = claims;
    expect(codeOf(await t.gql(ME, {}, jwt.sign(noVersion)))).toBe('UNAUTHENTICATED');
  });
});

describe('the generated JWT secret is kept in the database', () => {
  it('a token survives a restart, and a second process on the same database accepts it', async () => {
    const env: Record<string, string> = process.env.DATABASE_URL
      ? {}
      : { DATA_DIR: mkdtempSync(join(tmpdir(), 'jwt-')) };
    const first = await startApp(env);
    const { accessToken } = await new Factory(first).login(ADMIN.email, ADMIN.password);
    let second: TestApp | null = null;
    if (process.env.DATABASE_URL) {
      // Two processes at once (PostgreSQL only: the embedded database belongs to one process).
      second = await startApp({ KEEP_DATA: '1' });
      expect((await second.gql(ME, {}, accessToken)).data?.me.email).toBe(ADMIN.email);
      await second.close();
    }
    await first.close();
    const restarted = await startApp({ ...env, KEEP_DATA: '1' });
    try {
      expect((await restarted.gql(ME, {}, accessToken)).data?.me.email).toBe(ADMIN.email);
    } finally {
      await restarted.close();
    }
  });
});

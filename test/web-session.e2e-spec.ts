import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { ADMIN, startApp, TestApp } from './support/test-app';

const JSON_TYPE = 'application/json';

function refreshCookie(res: { headers: Record<string, unknown> }): string {
  const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  const cookie = cookies.find((c) => c.startsWith('xiushui_rt='));
  if (!cookie) throw new Error(`no refresh cookie in ${JSON.stringify(cookies)}`);
  return cookie;
}

describe('web sign-in: refresh token in an HttpOnly cookie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const login = () => t.http().post('/auth/login').set('content-type', JSON_TYPE).send(ADMIN);

  it('login sets an HttpOnly, SameSite=Strict cookie limited to /auth and returns only the access token', async () => {
    const res = await login().expect(200);
    const cookie = refreshCookie(res);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/auth/);
    expect(cookie).not.toMatch(/Secure/); // plain http here; Secure when the request came over https
    expect(res.body.refreshToken).toBeUndefined();
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toMatchObject({
      email: ADMIN.email,
      role: 'ADMIN',
      orgAdmin: false,
      organization: { kind: 'ALLIANCE' },
    });
    const me = await t.gql<{ me: { email: string } }>('{ me { email } }', {}, res.body.accessToken);
    expect(me.data?.me.email).toBe(ADMIN.email);
  });

  it('refresh rotates the cookie; the spent one no longer works and revokes the sign-in', async () => {
    const first = refreshCookie(await login().expect(200)).split(';')[0];
    const refreshed = await t
      .http()
      .post('/auth/refresh')
      .set('content-type', JSON_TYPE)
      .set('cookie', first)
      .expect(200);
    const second = refreshCookie(refreshed).split(';')[0];
    expect(second).not.toBe(first);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    const reused = await t.http().post('/auth/refresh').set('content-type', JSON_TYPE).set('cookie', first).expect(401);
    expect(reused.body.code).toBe('UNAUTHENTICATED');
    expect(refreshCookie(reused)).toMatch(/xiushui_rt=;/); // cleared
    // Reuse of a spent token revoked the whole family, the newer cookie included.
    await t.http().post('/auth/refresh').set('content-type', JSON_TYPE).set('cookie', second).expect(401);
  });

  it('logout revokes the refresh token and clears the cookie', async () => {
    const cookie = refreshCookie(await login().expect(200)).split(';')[0];
    const out = await t.http().post('/auth/logout').set('content-type', JSON_TYPE).set('cookie', cookie).expect(204);
    expect(refreshCookie(out)).toMatch(/xiushui_rt=;.*Expires=Thu, 01 Jan 1970/);
    await t.http().post('/auth/refresh').set('content-type', JSON_TYPE).set('cookie', cookie).expect(401);
  });

  it('refuses without a cookie, with a wrong password, and a body that is not JSON', async () => {
    await t.http().post('/auth/refresh').set('content-type', JSON_TYPE).expect(204); // signed out: no session, no error
    expect(
      (
        await t
          .http()
          .post('/auth/login')
          .set('content-type', JSON_TYPE)
          .send({ ...ADMIN, password: 'wrong-password' })
          .expect(401)
      ).body.code,
    ).toBe('UNAUTHENTICATED');
    const form = await t.http().post('/auth/login').type('form').send(ADMIN).expect(400);
    expect(form.body.code).toBe('BAD_USER_INPUT');
    const missing = await t
      .http()
      .post('/auth/login')
      .set('content-type', JSON_TYPE)
      .send({ email: ADMIN.email })
      .expect(400);
    expect(missing.body.fields).toEqual([{ field: 'password', message: expect.any(String) }]);
  });
});

describe('the web app served beside the api', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xiushui-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'graphiql.html'), '<!doctype html><div id="graphiql"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log(1)'));
    t = await startApp({}, { webDir: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the shell for client routes, never for api paths', async () => {
    const page = await t.http().get('/achievements/123/edit?x=1').set('accept', 'text/html').expect(200);
    expect(page.text).toContain('id="root"');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    await t
      .http()
      .get('/health/live')
      .set('accept', 'text/html')
      .expect(200)
      .expect((r) => expect(r.text).not.toContain('id="root"'));
    await t.http().get('/export/match-requests.csv').set('accept', 'text/html').expect(401);
    await t.http().get('/events/x/agenda.ics').set('accept', 'text/html').expect(401);
    await t.http().get('/assets/missing-123.js').expect(404);
    await t.http().get('/search').set('accept', 'application/json').expect(404);
  });

  it('hashed assets: immutable for a year, precompressed when accepted', async () => {
    const br = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip, br').expect(200);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.text).toBe('console.log(1)'); // supertest decodes it
    const plain = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe('console.log(1)');
  });

  it('no path escapes the folder', async () => {
    await t.http().get('/assets/..%2f..%2fpackage.json').expect(404);
  });

  it('GraphiQL (offline, bundled) outside production; /graphql sends browsers there', async () => {
    await t
      .http()
      .get('/graphiql')
      .expect(200)
      .expect((r) => expect(r.text).toContain('id="graphiql"'));
    const landing = await t.http().get('/graphql').set('accept', 'text/html').expect(200);
    expect(landing.text).toContain('url=/graphiql');
    expect(landing.text).not.toMatch(/https?:\/\//);
  });
});

describe('production: no GraphQL IDE', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xiushui-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'graphiql.html'), '<!doctype html><div id="graphiql"></div>');
    t = await startApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, { webDir: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 404 at /graphiql and serves no landing page at /graphql', async () => {
    await t.http().get('/graphiql').set('accept', 'text/html').expect(404);
    await t.http().get('/graphiql.html').set('accept', 'text/html').expect(404);
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toContain('graphiql');
  });
});

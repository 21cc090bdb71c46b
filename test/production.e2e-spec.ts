import { startApp, TestApp } from './support/test-app';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'production-test-secret-of-at-least-32-chars',
  LOG_LEVEL: 'silent',
};

describe('production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp(PRODUCTION);
  });
  afterAll(() => t.close());

  it('answers no introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
      const res = await t.gql(query);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('suggests no field names', async () => {
    const res = await t.gql('{ achievemnts(first: 1) { totalCount } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|achievements/);
  });

  it('serves no landing page and no X-Powered-By', async () => {
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    // At most a pointer to the bundled GraphiQL; nothing from a CDN.
    expect(res.text).not.toMatch(/apollographql|sandbox|cdn|https?:\/\//i);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers GraphQL with Cache-Control: no-store, data and errors alike', async () => {
    for (const query of ['{ __typename }', '{ me { id } }', '{ nope }']) {
      const res = await t.http().post('/graphql').send({ query });
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it.each([
    ['GET /health/live', () => t.http().get('/health/live')],
    ['POST /graphql', () => t.http().post('/graphql').send({ query: '{ __typename }' })],
  ])('sends security headers with a CSP fit for a same-origin single-page app (%s)', async (_, send) => {
    const res = await send();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const csp = Object.fromEntries(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['upgrade-insecure-requests']).toBeUndefined();
  });
});

describe('development mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startApp({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
  });
  afterAll(() => t.close());

  it('keeps introspection and suggestions for developers', async () => {
    expect((await t.gql('{ __type(name: "Query") { name } }')).data?.__type.name).toBe('Query');
    expect((await t.gql('{ achievemnts(first: 1) { totalCount } }')).errors?.[0].message).toMatch(
      /Did you mean "achievements"/,
    );
  });

  it('does not load the CDN Sandbox at GET /graphql', async () => {
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    // At most a pointer to the bundled GraphiQL; nothing from a CDN.
    expect(res.text).not.toMatch(/apollographql|sandbox|cdn|https?:\/\//i);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { PinoLogger } from 'nestjs-pino';
import { Factory } from './support/factories';
import { ADMIN, startApp, TestApp } from './support/test-app';

interface Line {
  level: number;
  msg?: string;
  code?: string;
  req?: { id?: string; method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** Headers that differ between any two responses, whichever path served them. */
const VARYING = new Set(['date', 'x-request-id', 'etag', 'connection', 'keep-alive']);
const stable = (res: Response) =>
  Object.fromEntries(
    Object.entries(res.headers)
      .filter(([name]) => !VARYING.has(name))
      .map(([name, value]) => [name, name === 'content-length' ? Number(value) : value]),
  );

/**
 * `POST /graphql` with a JSON body is served by the fast path on node:http (bootstrap.ts); `/graphql/` and other
 * bodies still go through express and Apollo's express middleware. Both must answer alike.
 */
describe('GraphQL fast path: the same answers as express, without express', () => {
  let t: TestApp;
  let token: string;
  const lines: Line[] = [];
  const capture = { write: (s: string) => lines.push(JSON.parse(s) as Line) };

  beforeAll(async () => {
    t = await startApp({ LOG_LEVEL: 'info', LOG_REQUEST_SAMPLE: '1' }, { logDestination: capture });
    token = (await new Factory(t).login(ADMIN.email, ADMIN.password)).accessToken;
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const req = t.http().post(path).set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req.send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  it.each([
    ['a trivial query', { query: '{ __typename }' }, {}],
    ['an authenticated query', { query: '{ me { email role } }' }, { auth: true }],
    ['an error in Chinese', { query: '{ me { id } }' }, {}],
    ['an error in English', { query: '{ me { id } }' }, { 'accept-language': 'en' }],
    ['a validation error', { query: '{ nope }' }, {}],
    ['a missing query', {}, {}],
    [
      'variables of the wrong type',
      { query: 'query($id: ID!) { achievement(id: $id) { id } }', variables: { id: 1 } },
      {},
    ],
  ])('%s: status, headers and body match the express path', async (_name, body, opts) => {
    const headers: Record<string, string> = Object.fromEntries(
      Object.entries(opts).filter(([k]) => k !== 'auth') as [string, string][],
    );
    if ('auth' in opts) headers.authorization = `Bearer ${token}`;
    const fast = await post('/graphql', body, headers);
    const express = await post('/graphql/', body, headers);
    expect(fast.status).toBe(express.status);
    expect(fast.text).toBe(express.text);
    expect(stable(fast)).toEqual(stable(express));
    // express adds an ETag to every body; a no-store answer has no use for one.
    expect(express.headers.etag).toBeDefined();
    expect(fast.headers.etag).toBeUndefined();
    expect(fast.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('security headers and no-store on every answer, the query string kept', async () => {
    const res = await post('/graphql?op=probe', { query: '{ __typename }' }, { 'x-request-id': 'fast-probe-1' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { __typename: 'Query' } });
    expect(res.headers).toMatchObject({
      'x-request-id': 'fast-probe-1',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
    });
  });

  it('a request line per request and in-request logs carry the request id', async () => {
    lines.length = 0;
    const res = await post('/graphql', { query: '{ me { id } }' }, { 'x-request-id': 'fast-probe-2' });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await new Promise((r) => setImmediate(r));
    const mine = lines.filter((l) => l.req?.id === 'fast-probe-2');
    expect(mine.find((l) => l.code === 'UNAUTHENTICATED')).toMatchObject({ level: 30, req: { url: '/graphql' } });
    const line = mine.find((l) => l.res);
    expect(line).toMatchObject({ level: 30, msg: 'POST /graphql 200', res: { statusCode: 200 } });
    expect(Object.keys(line?.req ?? {}).sort()).toEqual(['id', 'method', 'url']);
    expect(typeof line?.responseTime).toBe('number');
  });

  it('the request line follows the level set at run time, and its redaction-free writer keeps only its fields', async () => {
    const root = PinoLogger.root;
    root.level = 'warn';
    try {
      lines.length = 0;
      await post('/graphql', { query: '{ __typename }' }, { 'x-request-id': 'fast-probe-warn' });
      await new Promise((r) => setImmediate(r));
      expect(lines.filter((l) => l.req?.id === 'fast-probe-warn')).toEqual([]);
    } finally {
      root.level = 'info';
    }
    lines.length = 0;
    await post(
      '/graphql',
      { query: '{ __typename }' },
      { 'x-request-id': 'fast-probe-info', authorization: 'Bearer x' },
    );
    await new Promise((r) => setImmediate(r));
    const [line] = lines.filter((l) => l.req?.id === 'fast-probe-info');
    expect(Object.keys(line ?? {}).sort()).toEqual(['level', 'msg', 'req', 'res', 'responseTime', 'service', 'time']);
    expect(JSON.stringify(line)).not.toContain('Bearer');
  });

  it('a body over 100 KB is refused with 413 before it is read, in the reader’s language', async () => {
    const big = { query: '{ __typename }', extra: 'a'.repeat(120 * 1024) };
    const zh = await post('/graphql', big);
    expect(zh.status).toBe(413);
    expect(zh.body).toEqual({ code: 'HTTP_413', message: '请求体超过 100 KB 上限' });
    const en = await post('/graphql', big, { 'accept-language': 'en' });
    expect(en.body.message).toBe('Request body over the 100 KB limit');
    expect(zh.headers['x-content-type-options']).toBe('nosniff');
  });

  /** A request written by hand on node:http (supertest re-encodes bodies): chunked unless a length is given. */
  const raw = async (headers: Record<string, string>, chunks: (string | Buffer)[]) => {
    const server = t.app.getHttpServer() as Server;
    if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ port, host: '127.0.0.1', path: '/graphql', method: 'POST', headers }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  };

  it('a chunked body (no length) over 100 KB is cut off with 413, and the server goes on serving', async () => {
    const chunks = ['{"query":"{ __typename }","x":"', ...Array.from({ length: 30 }, () => 'b'.repeat(8 * 1024)), '"}'];
    const answer = await raw({ 'content-type': 'application/json' }, chunks);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'HTTP_413' });
    expect((await post('/graphql', { query: '{ __typename }' })).status).toBe(200);
  });

  it.each([
    ['not JSON', '{bad'],
    ['a JSON string, not an object', '"x"'],
    ['a number', '42'],
  ])('%s is BAD_USER_INPUT with a clear message, never an internal error', async (_name, body) => {
    const res = await post('/graphql', body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: 'BAD_USER_INPUT', message: '请求体不是有效的 JSON' });
  });

  it('an empty body and a byte-order mark are read as body-parser reads them', async () => {
    const empty = await post('/graphql', '');
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const bom = await post('/graphql', '\uFEFF{"query":"{ __typename }"}');
    expect(bom.body).toEqual({ data: { __typename: 'Query' } });
    const utf8 = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json; charset=UTF-8')
      .send('{"query":"query { __typename }"}');
    expect(utf8.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('other bodies still reach express: gzip is inflated, another charset is 415, a form is CSRF-blocked', async () => {
    const zipped = gzipSync(Buffer.from(JSON.stringify({ query: '{ __typename }' })));
    const gzip = await raw(
      { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(zipped.length) },
      [zipped],
    );
    expect(JSON.parse(gzip.body)).toEqual({ data: { __typename: 'Query' } });
    const latin1 = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json; charset=latin1')
      .send('{"query":"{ __typename }"}');
    expect(latin1.status).toBe(415);
    const form = await t.http().post('/graphql').set('content-type', 'text/plain').send('{"query":"{ __typename }"}');
    expect(form.status).toBe(400);
    expect(form.text).toMatch(/CSRF/);
    expect((await t.http().get('/graphql?query=%7B__typename%7D').set('apollo-require-preflight', '1')).body).toEqual({
      data: { __typename: 'Query' },
    });
  });
});

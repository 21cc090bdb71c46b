import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { securityHeaders } from './security-headers';

const OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], frameAncestors: ["'none'"] },
  },
};

/** The headers a small express app answers with, given the middleware under test. */
async function headersWith(middleware: express.RequestHandler): Promise<Record<string, string>> {
  const app = express();
  app.use((_req, res, next) => {
    res.setHeader('X-Powered-By', 'something');
    next();
  });
  app.use(middleware);
  app.post('/graphql', (_req, res) => {
    res.json({ data: null });
  });
  const res = await request(app).post('/graphql').send({});
  const { date: _date, etag: _etag, ...rest } = res.headers as Record<string, string>;
  return rest;
}

describe('securityHeaders', () => {
  it('answers exactly what helmet answers, on every response', async () => {
    const expected = await headersWith(helmet(OPTIONS));
    const precomputed = securityHeaders(OPTIONS);
    expect(expected['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(expected['x-powered-by']).toBeUndefined();
    for (let i = 0; i < 2; i++) expect(await headersWith(precomputed)).toEqual(expected);
  });

  it('the defaults too (CSP with its default directives, HSTS)', async () => {
    const expected = await headersWith(helmet());
    expect(expected['strict-transport-security']).toMatch(/max-age=/);
    expect(await headersWith(securityHeaders(undefined))).toEqual(expected);
  });

  it('refuses options it cannot precompute (a directive worked out per request)', () => {
    const perRequest = {
      contentSecurityPolicy: { directives: { scriptSrc: ["'self'", () => "'nonce-x'"] } },
    } as Parameters<typeof helmet>[0];
    // A function directive is evaluated per response: the recorder would freeze it, so it is refused.
    expect(() => securityHeaders(perRequest)).toThrow(/per request/);
  });
});

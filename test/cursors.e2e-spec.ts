import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

/** Page cursors are sealed: they reveal no timestamp, and a forged or garbled one is a clear BAD_USER_INPUT. */
describe('opaque cursors', () => {
  let t: TestApp;
  let f: Factory;
  let rd: Person;
  let officer: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    rd = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
  });
  afterAll(() => t.close());

  const NEEDS = `query($after: String) { needs(first: 1, after: $after) { pageInfo { endCursor hasNextPage } edges { cursor node { id teaser } } } }`;

  it("an outsider's cursor on a confidential need does not carry its created_at", async () => {
    await f.need(rd, { title: '公开需求' });
    const secret = await f.need(rd, { title: '机密需求', confidential: true });
    const res = await t.gql(NEEDS, {}, officer.token);
    const edge = res.data?.needs.edges[0];
    expect(edge.node).toEqual({ id: secret.id, teaser: true });
    const [row] = await t.db.read((em) =>
      em.query(
        `SELECT created_at::text AS v, to_char(created_at AT TIME ZONE 'UTC', 'HH24:MI:SS') AS hms, extract(epoch FROM created_at)::bigint::text AS epoch FROM needs WHERE id = $1`,
        [secret.id],
      ),
    );
    for (const token of [edge.cursor, res.data?.needs.pageInfo.endCursor]) {
      const readable = [
        token,
        Buffer.from(token, 'base64url').toString('latin1'),
        Buffer.from(token, 'base64').toString('latin1'),
      ].join('\n');
      for (const part of [row.v, row.v.slice(0, 19), row.hms, row.epoch]) expect(readable).not.toContain(part);
    }
    const next = await t.gql(NEEDS, { after: edge.cursor }, officer.token);
    expect(next.data?.needs.edges[0].node.id).not.toBe(secret.id);
  });

  const forged = (v: string, id: string) => Buffer.from(JSON.stringify({ v, id })).toString('base64url');

  it.each([
    ['achievements', `query($after: String) { achievements(first: 2, after: $after) { totalCount } }`],
    ['needs', `query($after: String) { needs(first: 2, after: $after) { totalCount } }`],
    ['matchRequests', `query($after: String) { matchRequests(first: 2, after: $after) { totalCount } }`],
  ])('%s: forged, impossible or garbled cursors are BAD_USER_INPUT naming after', async (_name, query) => {
    const someId = (await f.achievement(officer)).id;
    for (const after of [
      forged('2026-13-45 99:99:99', someId),
      forged('2026-01-01 00:00:00+00', someId),
      'garbled!',
      'QUJD',
      'x'.repeat(2000),
    ]) {
      const res = await t.gql(query, { after }, rd.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual([
        { field: 'after', message: expect.stringContaining('分页位置无效') },
      ]);
    }
  });
});

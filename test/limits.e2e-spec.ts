import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';
import { LIMITS } from '../apps/api/src/graphql/limits';

const SCALARS = [
  'id',
  'key',
  'title',
  'summary',
  'industry',
  'keywords',
  'trl',
  'team',
  'contact',
  'status',
  'askingPriceWan',
  'cooperationModes',
  'listed',
  'publishedAt',
  'validUntil',
  'updatedAt',
  'version',
];
/** A 60-field fragment: the scalar fields over and over, plus the owner (fields may repeat in GraphQL). */
const FRAGMENT_60 = `fragment F on Achievement { ${Array.from({ length: 57 }, (_, i) => SCALARS[i % SCALARS.length]).join(' ')} organization { id name } ip { type } }`;
const aliased = (n: number, body: string, first = 100) =>
  Array.from(
    { length: n },
    (_, i) => `a${i}: achievements(first: ${first}) { totalCount edges { node { ${body} } } }`,
  ).join(' ');

describe('request limits (GraphQL Armor + list-size cost)', () => {
  let t: TestApp;
  let rd: Person;

  beforeAll(async () => {
    t = await startApp();
    const f = new Factory(t);
    const officer = await f.person('OFFICER');
    rd = await f.person('RD_LEAD');
    for (let i = 0; i < 3; i++) await f.achievement(officer);
  });
  afterAll(() => t.close());

  const refused = (res: { data: unknown; errors?: { message: string; extensions?: { code?: string } }[] }) => {
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.data ?? null).toBeNull();
  };

  it('100 aliased achievements(first:100) spreading a 60-field fragment are refused before any resolver runs', async () => {
    const started = Date.now();
    const res = await t.gql(`{ ${aliased(100, '...F')} } ${FRAGMENT_60}`, {}, rd.token);
    const ms = Date.now() - started;
    refused(res);
    expect(ms).toBeLessThan(2000);
    console.log(`100 aliases × first:100 × 60-field fragment refused in ${ms} ms: ${res.errors?.[0].message}`);
  });

  it('fragments are counted: 20 aliases (under the alias limit) of the 60-field fragment exceed the cost', async () => {
    const res = await t.gql(`{ ${aliased(20, '...F')} } ${FRAGMENT_60}`, {}, rd.token);
    refused(res);
    expect(res.errors?.[0].message).toMatch(new RegExp(`查询成本 \\d+ 超过上限 ${LIMITS.maxCost}`));
  });

  it('83 aliased achievements(first:100) are refused', async () => {
    const started = Date.now();
    const res = await t.gql(`{ ${aliased(83, 'id title trl organization { name }')} }`, {}, rd.token);
    refused(res);
    console.log(`83 aliases × first:100 refused in ${Date.now() - started} ms`);
  });

  it('first counts in the cost, also when it comes from a variable', async () => {
    const query = `query($n: Int!) { a: achievements(first: $n) { edges { node { ...F } } } b: achievements(first: $n) { edges { node { ...F } } } } ${FRAGMENT_60}`;
    refused(await t.gql(query, { n: 100 }, rd.token));
    const small = await t.gql(query, { n: 20 }, rd.token);
    expect(small.errors).toBeUndefined();
    expect(small.data?.a.edges).toHaveLength(3);
  });

  it('depth is counted through fragments', async () => {
    const nested = (n: number): string => (n === 0 ? 'name' : `ofType { ${nested(n - 1)} }`);
    const deep = await t.gql(
      `{ __type(name: "Achievement") { ...T } } fragment T on __Type { fields { type { ${nested(11)} } } }`,
      {},
      rd.token,
    );
    refused(deep);
    expect(deep.errors?.[0].message).toContain('最多 12 层');
    const fine = await t.gql(
      `{ __type(name: "Achievement") { ...T } } fragment T on __Type { fields { type { ${nested(3)} } } }`,
      {},
      rd.token,
    );
    expect(fine.errors).toBeUndefined();
  });

  it('directives are counted through fragments', async () => {
    const fields = Array.from({ length: 21 }, () => 'title @include(if: true)').join(' ');
    const res = await t.gql(
      `{ achievements(first: 1) { edges { node { ...D } } } } fragment D on Achievement { ${fields} }`,
      {},
      rd.token,
    );
    refused(res);
    expect(res.errors?.[0].message).toContain('指令过多');
  });

  it('aliases are counted through fragments', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `t${i}: title`).join(' ');
    const res = await t.gql(
      `{ achievements(first: 1) { edges { node { ...D } } } } fragment D on Achievement { ${fields} }`,
      {},
      rd.token,
    );
    refused(res);
    expect(res.errors?.[0].message).toContain('别名过多');
  });

  it('a document of more than 5000 tokens is refused at parse time', async () => {
    const res = await t.gql(`{ achievements(first: 1) { edges { node { ${'title '.repeat(5001)} } } } }`, {}, rd.token);
    refused(res);
    expect(res.errors?.[0].message).toContain('查询过长');
  });

  it('at most 5 search, matching or scheduling fields per request', async () => {
    const five = Array.from({ length: 5 }, (_, i) => `s${i}: search(input: { query: "光伏" }) { totalCount }`).join(
      ' ',
    );
    expect((await t.gql(`{ ${five} }`, {}, rd.token)).errors).toBeUndefined();
    const six = await t.gql(`{ ${five} s5: search(input: { query: "光伏" }) { totalCount } }`, {}, rd.token);
    refused(six);
  });

  it('app-size queries still pass: a full page of 100 listings with every field and its owner', async () => {
    const all = `${SCALARS.join(' ')} organization { id name kind region } ip { type number }`;
    const res = await t.gql(
      `{ achievements(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${all} } } } events { id title } }`,
      {},
      rd.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.achievements.totalCount).toBe(3);
    const searchPage = await t.gql(
      `{ search(input: { query: "光伏", first: 50 }) { totalCount hits { key score achievement { title trl } } } }`,
      {},
      rd.token,
    );
    expect(searchPage.errors).toBeUndefined();
  });
});

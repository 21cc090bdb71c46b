import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type DocumentNode, GraphQLError, parse } from 'graphql';
import { checkCost, checkCostCached, LIMITS } from './limits';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const FRAGMENT_60 = `fragment F on Achievement { ${Array.from({ length: 57 }, () => 'title').join(' ')} organization { id name } ip { type } }`;
const aliased = (n: number, body: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: achievements(first: 100) { edges { node { ${body} } } }`).join(' ');

function cost(query: string, variables: Record<string, unknown> = {}): number | string {
  try {
    return checkCost({ schema, query: parse(query), variables });
  } catch (error) {
    return error instanceof GraphQLError ? `refused: ${String(error.extensions.code)}` : 'thrown';
  }
}

describe('checkCost: list sizes multiply, fragments count', () => {
  it.each([
    ['one listing', '{ achievement(id: "x") { id title } }', 3],
    [
      'a page of 100 with 2 fields',
      '{ achievements(first: 100) { totalCount edges { node { id title } } } }',
      1 + 1 + 100 * 4,
    ],
    ['first from a variable', 'query($n: Int!) { achievements(first: $n) { edges { node { id } } } }', 1 + 10 * 3],
    ['default first (20)', '{ achievements { edges { node { id } } } }', 1 + 20 * 3],
    [
      'a first beyond the cap counts as the cap (validation names the field)',
      '{ achievements(first: 100000) { edges { node { id } } } }',
      1 + 100 * 3,
    ],
    [
      'search: only the hits are multiplied, not the facets',
      '{ search(input: { query: "x", first: 50 }) { totalCount hits { key } facets { name values { count } } } }',
      100 + 1 + 50 * 2 + (1 + 20 * (1 + 1 + 20 * 1)),
    ],
  ])('%s', (_, query, expected) => {
    expect(cost(query, { n: 10 })).toBe(expected);
  });

  it('refuses 83 aliased achievements(first:100) on cost alone', () => {
    expect(cost(`{ ${aliased(83, 'id title trl')} }`)).toBe('refused: QUERY_TOO_COMPLEX');
  });

  it('refuses 100 aliased achievements(first:100) spreading a 60-field fragment on cost alone', () => {
    expect(cost(`{ ${aliased(100, '...F')} } ${FRAGMENT_60}`)).toBe('refused: QUERY_TOO_COMPLEX');
  });

  it('a full page with a 60-field fragment fits; two do not', () => {
    expect(cost(`{ ${aliased(1, '...F')} } ${FRAGMENT_60}`)).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(cost(`{ ${aliased(2, '...F')} } ${FRAGMENT_60}`)).toBe('refused: QUERY_TOO_COMPLEX');
  });

  it('introspection is free (developer tools; production turns it off)', () => {
    expect(cost(`{ __schema { types { name fields { name args { name } type { name ofType { name } } } } } }`)).toBe(0);
  });

  it('@skip(if: true) is not counted', () => {
    expect(cost(`{ ${aliased(2, '...F @skip(if: true) id')} } ${FRAGMENT_60}`)).toBe(2 * (1 + 100 * 3));
  });
});

describe('checkCostCached: a repeated document and variables reuse the passed cost, nothing else', () => {
  const outcome = (run: () => number): number | string => {
    try {
      return run();
    } catch (error) {
      return error instanceof GraphQLError ? `refused: ${String(error.extensions.code)}` : 'thrown';
    }
  };
  const cached = (document: DocumentNode, variables: Record<string, unknown>, operationName?: string) =>
    outcome(() => checkCostCached({ schema, query: document, variables, operationName }));

  it('the same document object with other variables is checked again: a pass does not carry over', () => {
    const document = parse(
      `query($n: Int!) { ${Array.from({ length: 40 }, (_, i) => `a${i}: achievements(first: $n) { edges { node { id title } } }`).join(' ')} }`,
    );
    for (let i = 0; i < 3; i++) expect(cached(document, { n: 1 })).toBe(40 * (1 + 1 * 4));
    expect(cached(document, { n: 100 })).toBe('refused: QUERY_TOO_COMPLEX');
    expect(cached(document, { n: 100 })).toBe('refused: QUERY_TOO_COMPLEX');
    expect(cached(document, { n: 1 })).toBe(40 * (1 + 1 * 4));
  });

  it('a refused document stays refused, and the operation name picks what is counted', () => {
    const document = parse(`query Small { achievement(id: "x") { id } } query Big { ${aliased(83, 'id title trl')} }`);
    for (let i = 0; i < 2; i++) {
      expect(cached(document, {}, 'Small')).toBe(2);
      expect(cached(document, {}, 'Big')).toBe('refused: QUERY_TOO_COMPLEX');
    }
  });

  it('agrees with checkCost on every case, first call and repeated', () => {
    const queries = [
      '{ achievements(first: 100) { totalCount edges { node { id title } } } }',
      `{ ${aliased(2, '...F')} } ${FRAGMENT_60}`,
      `{ ${aliased(1, '...F')} } ${FRAGMENT_60}`,
      'query($n: Int!) { achievements(first: $n) { edges { node { id } } } }',
    ];
    for (const query of queries) {
      const document = parse(query);
      const expected = cost(query, { n: 10 });
      expect(cached(document, { n: 10 })).toBe(expected);
      expect(cached(document, { n: 10 })).toBe(expected);
    }
  });
});

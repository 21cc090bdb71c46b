import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { checkCost, LIMITS } from './limits';

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

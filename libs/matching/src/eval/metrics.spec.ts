import { firstIsBest, ndcgAt, recallAt, summarize } from './metrics';

const grades = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 1],
]);

describe('ranking metrics', () => {
  it.each([
    [['a', 'b', 'c'], 10, 1],
    [['x', 'a', 'b', 'c'], 10, (7 / Math.log2(3) + 3 / 2 + 1 / Math.log2(5)) / (7 + 3 / Math.log2(3) + 1 / 2)],
    [['c', 'b', 'a'], 1, 1 / 7],
    [[], 10, 0],
  ])('nDCG of %j at %s', (ranking, k, expected) => {
    expect(ndcgAt(ranking, grades, k)).toBeCloseTo(expected, 6);
  });

  it.each([
    [['a', 'x', 'b'], 2, 1 / 3],
    [['a', 'b', 'c'], 10, 1],
    [['x'], 10, 0],
  ])('recall of %j at %s', (ranking, k, expected) => {
    expect(recallAt(ranking, grades, k)).toBeCloseTo(expected, 6);
  });

  it.each([
    [['a', 'b'], true],
    [['b', 'a'], false],
    [[], false],
  ])('first of %j is best: %s', (ranking, expected) => {
    expect(firstIsBest(ranking, grades)).toBe(expected);
  });

  it('averages over judged queries only', () => {
    const figures = summarize([
      { ranking: ['a', 'b', 'c'], grades },
      { ranking: ['b'], grades },
      { ranking: ['z'], grades: new Map() },
    ]);
    expect(figures).toMatchObject({ queries: 2, firstBest: 0.5, recall10: expect.closeTo(2 / 3, 3) });
  });
});

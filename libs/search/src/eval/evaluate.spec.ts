import { join } from 'node:path';
import { evaluateSearch, loadEvalDataset } from './evaluate';
import { linearGain, ndcgAt } from './ndcg';

describe('ndcgAt with linear gain', () => {
  it.each<[string[], Record<string, number>, number]>([
    [['a', 'b'], { a: 3, b: 2 }, 1],
    [['b', 'a'], { a: 3, b: 2 }, (2 + 3 / Math.log2(3)) / (3 + 2 / Math.log2(3))],
    [['x', 'y'], { a: 1 }, 0],
    [[], {}, 0],
  ])('%j against %j', (ranked, grades, expected) => {
    expect(ndcgAt(ranked, new Map(Object.entries(grades)), 10, linearGain)).toBeCloseTo(expected, 10);
  });
});

describe('evaluateSearch on the sample set (quality guard)', () => {
  it('reaches nDCG@10 ≥ 0.85 overall and ≥ 0.70 for every query kind', async () => {
    const result = await evaluateSearch(loadEvalDataset(join(__dirname, '../../../../fixtures/eval/sample')));
    expect(result.queries.count).toBe(24);
    expect(result.queries.overall).toBeGreaterThanOrEqual(0.85);
    for (const [kind, value] of Object.entries(result.queries.byKind))
      expect([kind, value >= 0.7]).toEqual([kind, true]);
    expect(result.needs?.recall).toBeGreaterThan(0.9);
  }, 30_000);
});

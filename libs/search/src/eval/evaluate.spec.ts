import { join } from 'node:path';
import { evaluateSearch, loadEvalDataset } from './evaluate';
import { ndcgAtK } from './ndcg';

describe('ndcgAtK', () => {
  it.each<[string[], Record<string, number>, number]>([
    [['a', 'b'], { a: 3, b: 2 }, 1],
    [['b', 'a'], { a: 3, b: 2 }, (2 + 3 / Math.log2(3)) / (3 + 2 / Math.log2(3))],
    [['x', 'y'], { a: 1 }, 0],
    [[], {}, 0],
  ])('%j against %j', (ranked, grades, expected) => {
    expect(ndcgAtK(ranked, grades, 10)).toBeCloseTo(expected, 10);
  });
});

describe('evaluateSearch on the sample set (quality guard)', () => {
  it('reaches nDCG@10 ≥ 0.85 overall and ≥ 0.70 for every query kind', async () => {
    const result = await evaluateSearch(loadEvalDataset(join(__dirname, '../../../../fixtures/eval/sample')));
    expect(result.queries.count).toBe(24);
    expect(result.queries.overall).toBeGreaterThanOrEqual(0.85);
    for (const [kind, value] of Object.entries(result.queries.byKind)) expect([kind, value >= 0.7]).toEqual([kind, true]);
    expect(result.needs?.recall).toBeGreaterThan(0.9);
  }, 30_000);
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateMatching } from './match-eval';

const root = join(__dirname, '../../../../fixtures/eval');
const sets = ['sample', 'sample-hard'].filter((set) => existsSync(join(root, set, 'needs.json')));

describe('evaluateMatching on the judged fixtures', () => {
  it.each(sets)(
    '%s: runs every need and reports figures in [0, 1]',
    async (set) => {
      const report = await evaluateMatching(join(root, set));
      expect(report.queries).toBe(report.perNeed.length);
      for (const figure of [report.ndcg10, report.ndcg3, report.recall10, report.firstBest]) {
        expect(figure).toBeGreaterThanOrEqual(0);
        expect(figure).toBeLessThanOrEqual(1);
      }
      // A loose floor: far under plain character-bigram BM25, so it only catches a broken pipeline.
      expect(report.ndcg10).toBeGreaterThan(0.7);
      expect(report.perNeed.every((row) => row.top.length > 0 && row.top.length <= 10)).toBe(true);
    },
    60_000,
  );
});

import { JiebaSegmenter, TextAnalyzer, defaultSegmenter } from '@app/text-analysis';
import { QueryPlanCache } from './plan-cache';

describe('QueryPlanCache', () => {
  const analyzer = new TextAnalyzer(defaultSegmenter());

  it('gives the analysis the analyzer gives, once per text and options', () => {
    const cache = new QueryPlanCache(analyzer, 16);
    for (const text of ['光伏组件 回收', 'guangfu', '钙钛矿叠层太阳能电池的封装工艺与可靠性测试方案'.repeat(3)]) {
      const plan = cache.plan(text);
      expect(plan).toEqual(analyzer.query(text, { maxTerms: 16 }));
      expect(cache.plan(text)).toBe(plan);
      const keyTerms = cache.plan(text, true);
      expect(keyTerms).toEqual(analyzer.query(text, { maxTerms: 16, keyTerms: true }));
      expect(keyTerms).not.toBe(plan);
    }
  });

  it('keeps at most 500 texts, dropping the least recently used', () => {
    const cache = new QueryPlanCache(analyzer, 16);
    const first = cache.plan('储能 0');
    const second = cache.plan('储能 1');
    cache.plan('储能 0'); // used again: now the newest
    for (let i = 2; i <= 500; i++) cache.plan(`储能 ${i}`);
    expect(cache.size).toBe(500);
    expect(cache.plan('储能 0')).toBe(first);
    expect(cache.plan('储能 1')).not.toBe(second);
  });

  it('forgets every plan when the vocabulary changes', () => {
    const own = new TextAnalyzer(defaultSegmenter());
    const cache = new QueryPlanCache(own, 16);
    const before = cache.plan('光伏组件');
    own.useSegmenter(new JiebaSegmenter());
    const after = cache.plan('光伏组件');
    expect(after).not.toBe(before);
    expect(after).toEqual(own.query('光伏组件', { maxTerms: 16 }));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.plan('光伏组件')).not.toBe(after);
  });

  it('does not keep pasted documents', () => {
    const cache = new QueryPlanCache(analyzer, 16);
    const long = '高效异质结电池片量产工艺'.repeat(100);
    expect(cache.plan(long)).toEqual(analyzer.query(long, { maxTerms: 16 }));
    expect(cache.size).toBe(0);
  });
});

import { defaultAnalyzer, domainDictionary } from '../analysis';
import { EngineTokenizer, cutForSearch, meiliDictionary, selectEngineDictionary } from './engine-tokens';
import { meiliQueryText, subwordFallbacks } from './query-builder';

describe('selectEngineDictionary', () => {
  const jieba = new Map([['电池', 693], ['钙钛', 3], ['生产线', 521], ['牙隐裂', 3]]);

  it.each([
    ['钙钛矿', true, 'unknown to jieba and not a chain of words'],
    ['隐裂', true, 'only inside a rare jieba word'],
    ['钙钛矿电池', false, 'chain of a kept term and a jieba word'],
    ['电池', false, 'jieba knows it'],
    ['n型电池', false, 'spans two scripts'],
    ['产线', false, 'would cut the common word 生产线'],
  ])('%s → %s (%s)', (term, kept) => {
    expect(selectEngineDictionary(['钙钛矿', '隐裂', '钙钛矿电池', '电池', 'n型电池', '产线'], jieba).includes(term)).toBe(kept);
  });
});

describe('cutForSearch (charabia chinese.rs)', () => {
  const has = new Map([['太阳', 1], ['钙钛矿', 1]]);
  it.each([
    ['光伏', ['光伏']],
    ['太阳能', ['太阳', '能']],
    ['钙钛矿', ['钙钛矿']],
    ['abc123', ['abc123']],
  ])('%s', (piece, tokens) => expect(cutForSearch(piece, has)).toEqual(tokens));
});

describe('the dictionary setting', () => {
  const now = new EngineTokenizer(meiliDictionary());
  const before = new EngineTokenizer(domainDictionary());

  it('keeps compounds divisible, so 钙钛矿电池 matches 钙钛矿 and 电池', () => {
    expect(before.tokens('钙钛矿电池')).toEqual(['钙钛矿电池']);
    expect(now.tokens('钙钛矿电池')).toEqual(['钙钛矿', '电池']);
    expect(meiliDictionary()).not.toContain('钙钛矿电池');
  });

  it('does not let a longest match cut an everyday word apart', () => {
    expect(before.tokens('二氧化硅')[0]).toBe('二');
    expect(now.tokens('二氧化硅')[0]).not.toBe('二');
    expect(now.tokens('生产线')).toContain('生产');
  });

  it('keeps words jieba does not know whole', () => {
    expect(now.tokens('光伏组件隐裂检测')).toEqual(['光伏', '组件', '隐裂', '检测']);
    expect(meiliDictionary().length).toBeLessThan(domainDictionary().length / 2);
  });
});

describe('query sub-word fallbacks', () => {
  const analyzer = defaultAnalyzer();
  const engine = new EngineTokenizer(meiliDictionary());

  it('adds the component words of a term the engine keeps whole', () => {
    expect(subwordFallbacks('硼扩散', analyzer.segmenter, engine)).toEqual(['扩散']);
    const q = meiliQueryText(analyzer.query('硼扩散'), analyzer.segmenter, engine).split(' ');
    expect(q.indexOf('扩散')).toBeGreaterThan(q.indexOf('硼扩散'));
  });

  it('adds nothing where the engine splits the word itself', () => {
    expect(subwordFallbacks('钙钛矿电池', analyzer.segmenter, engine)).toEqual([]);
  });
});

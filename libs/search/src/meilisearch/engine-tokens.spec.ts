import { defaultAnalyzer, domainDictionary } from '@app/text-analysis';
import { EngineTokenizer, cutForSearch, meiliDictionary, selectEngineDictionary } from './engine-tokens';
import { MEILI_MAX_QUERY_WORDS, meiliQueryText, subwordFallbacks } from './query-builder';

describe('selectEngineDictionary', () => {
  const jieba = new Map([
    ['电池', 693],
    ['钙钛', 3],
    ['生产线', 521],
    ['牙隐裂', 3],
  ]);

  it.each([
    ['钙钛矿', true, 'unknown to jieba and not a chain of words'],
    ['隐裂', true, 'only inside a rare jieba word'],
    ['钙钛矿电池', false, 'chain of a kept term and a jieba word'],
    ['电池', false, 'jieba knows it'],
    ['n型电池', false, 'spans two scripts'],
    ['产线', false, 'would cut the common word 生产线'],
  ])('%s → %s (%s)', (term, kept) => {
    expect(
      selectEngineDictionary(['钙钛矿', '隐裂', '钙钛矿电池', '电池', 'n型电池', '产线'], jieba).includes(term),
    ).toBe(kept);
  });
});

describe('cutForSearch (charabia chinese.rs)', () => {
  const has = new Map([
    ['太阳', 1],
    ['钙钛矿', 1],
  ]);
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

describe('the query word budget', () => {
  const analyzer = defaultAnalyzer();
  const engine = new EngineTokenizer(meiliDictionary());
  const needs = [
    '我们需要一种用于光伏组件隐裂检测的电致发光成像设备，要求能够在线检测异质结电池片的微裂纹和断栅，并与现有串焊机和层压机产线对接，实现缺陷自动分类与良率统计',
    '寻求新能源汽车动力电池包热管理方案，液冷板流道优化、电芯温差控制在3度以内，兼顾轻量化铝合金箱体和电池管理系统的热失控预警',
    '面向高端装备制造企业的数控机床主轴热误差补偿技术，需要温度传感器布置优化、误差建模和实时补偿控制，提高五轴加工中心的加工精度',
  ];

  it.each(needs)('keeps a long need within the 10 words the engine reads, most important first: %s', (text) => {
    const plan = analyzer.query(text, { maxTerms: MEILI_MAX_QUERY_WORDS });
    const q = meiliQueryText(plan, analyzer.segmenter, engine);
    expect(engine.tokens(q).length).toBeLessThanOrEqual(MEILI_MAX_QUERY_WORDS);
    const top = [...plan.concepts].sort((a, b) => b.weight - a.weight)[0].label;
    expect(q.split(' ')).toContain(top);
  });
});

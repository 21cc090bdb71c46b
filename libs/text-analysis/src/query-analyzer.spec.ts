import { defaultAnalyzer } from './analyzer';

describe('analyzeQuery', () => {
  const sut = defaultAnalyzer();
  const labels = (text: string): string[] =>
    sut
      .query(text)
      .concepts.filter((c) => !c.optional)
      .map((c) => c.label);
  const terms = (text: string): string[] => sut.query(text).concepts.flatMap((c) => c.alternatives.map((a) => a.term));

  it.each([
    ['words', '隐裂检测', ['隐裂', '检测']],
    ['typed pinyin read as words', 'guangfu boli', ['光伏玻璃']],
    ['joined pinyin', 'yinliejiance', ['隐裂', '检测']],
    ['homophone typo corrected', '光扶玻璃镀膜', ['光伏玻璃', '玻璃', '镀膜']],
    ['homophone typo in a rarer word', '热识控预警', ['热失控预警']],
    ['thesaurus phrase split by the segmenter', 'micro LED mass transfer', ['micro led', 'mass transfer']],
  ])('%s: %s', (_name, text, expected) => {
    expect(labels(text)).toEqual(expect.arrayContaining(expected));
  });

  it('expands abbreviations, English and regional terms', () => {
    expect(terms('BMS')).toContain('电池管理系统');
    expect(terms('lidar')).toContain('激光雷达');
    expect(terms('perovskite')).toContain('钙钛矿');
  });

  it('backs off from a compound to its parts, weakly', () => {
    const concept = sut.query('光伏组件').concepts[0];
    expect(concept.alternatives).toContainEqual({ term: '组件', weight: expect.any(Number), field: 'words' });
    expect(concept.alternatives.find((a) => a.term === '组件')?.weight).toBeLessThan(0.5);
  });

  it('keeps 光刻 apart from 光伏', () => {
    const plan = sut.query('光刻');
    expect(plan.concepts.flatMap((c) => c.alternatives.map((a) => a.term))).not.toContain('光伏');
    expect(plan.pinyin).toEqual(['guangke']);
  });

  it('reduces a long description to at most the requested number of key terms', () => {
    const text =
      '我司现有4条PERC电池线，量产平均效率23.3%左右，计划先对其中2条线做N型化改造，要求量产平均效率≥25.5%、双面率≥80%，' +
      '尽量利用现有扩散炉、PECVD和丝网印刷设备，希望合作方有TOPCon中试线或产线导入经验。';
    const plan = sut.query(text, { maxTerms: 10 });
    expect(plan.long).toBe(true);
    expect(plan.concepts.length).toBeLessThanOrEqual(10);
    expect(plan.concepts.map((c) => c.label)).toEqual(expect.arrayContaining(['perc', 'topcon']));
    expect(plan.grams).toEqual([]);
  });

  it('reads a key-term list with the word analysis only: same concepts, no typo, pinyin or gram channels', () => {
    const text = '隐裂检测 电致发光 组件 guangfu';
    const natural = sut.query(text);
    const keyTerms = sut.query(text, { keyTerms: true });
    expect(keyTerms.long).toBe(true);
    expect(keyTerms.concepts.map((c) => c.label)).toEqual(['隐裂', '检测', '电致发光', '组件', 'guangfu']);
    // Typed pinyin is read back as words for people only.
    expect(natural.concepts.map((c) => c.label)).toContain('光伏');
    expect(keyTerms.concepts.find((c) => c.label === '电致发光')).toEqual(
      natural.concepts.find((c) => c.label === '电致发光'),
    );
    expect([keyTerms.grams, keyTerms.pinyin, keyTerms.initials]).toEqual([[], [], []]);
  });

  it('gives initials candidates for Latin tokens', () => {
    expect(sut.query('gfbl').initials).toEqual(['gfbl']);
  });

  it('returns an empty plan for empty input', () => {
    expect(sut.query('  ').concepts).toEqual([]);
  });
});

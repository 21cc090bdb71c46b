import { domainDictionary } from './dictionary';
import { defaultSegmenter } from './segmenter';
import { Thesaurus } from './thesaurus';
import { shippedVocabulary } from './vocabulary/shipped-vocabulary';

describe('Thesaurus', () => {
  const sut = new Thesaurus();

  it('is broad: hundreds of groups across all eight industries, read from the vocabulary files', () => {
    expect(sut.groups.length).toBeGreaterThan(600);
    const { vocabularies } = shippedVocabulary();
    expect(vocabularies.map((v) => v.industry)).toHaveLength(9);
    for (const vocabulary of vocabularies) expect(vocabulary.synonyms.length).toBeGreaterThan(20);
  });

  it('lists the Chinese compounds a word occurs in, shortest first and bounded in length', () => {
    const small = new Thesaurus([
      {
        industry: null,
        terms: [],
        synonyms: [
          ['碳排放核算', '碳核算'],
          ['碳排放因子', '排放系数'],
          ['碳排放权交易市场', '碳市场'],
          ['co2', '二氧化碳'],
        ],
        related: [],
      },
    ]);
    expect(small.compoundsOf('碳排放', 5)).toEqual(['碳排放核算', '碳排放因子']);
    expect(small.compoundsOf('碳排放', 8)).toEqual(['碳排放核算', '碳排放因子', '碳排放权交易市场']);
    expect(small.compoundsOf('排放', 5)).toEqual(['排放系数', '碳排放核算', '碳排放因子']);
    expect(small.compoundsOf('碳核算', 8)).toEqual([]); // a key itself is not its own compound
    expect(small.compoundsOf('co', 8)).toEqual([]); // Chinese only
    expect(small.compoundsOf('氢', 8)).toEqual([]);
  });

  it('finds Latin terms on word boundaries only', () => {
    expect(sut.find('夜间el巡检').map((m) => m.key)).toContain('el');
    expect(sut.find('excellent').map((m) => m.key)).not.toContain('el');
  });

  it('keeps maximal matches and joins Latin compounds', () => {
    expect(sut.find('太阳能电池片 钝化').map((m) => m.key)).toEqual(['太阳能电池片', '钝化']);
    expect(sut.find('micro led mass transfer').map((m) => m.key)).toEqual(['microled', 'masstransfer']);
  });

  it.each([
    ['bms', '电池管理系统'],
    ['hjt', '异质结'],
    ['perovskite', '钙钛矿'],
    ['lidar', '激光雷达'],
    ['光伏', 'pv'],
    ['雷射', '激光'],
  ])('expands %s to %s at synonym weight', (term, expected) => {
    expect(sut.expand(term)).toContainEqual({ term: expected, weight: 0.8 });
  });

  it('expands associations at a lower weight', () => {
    expect(sut.expand('隐裂')).toContainEqual({ term: 'el检测', weight: 0.4 });
  });

  it('exports symmetric Meilisearch synonyms', () => {
    const synonyms = sut.toMeilisearchSynonyms();
    expect(synonyms.bms).toContain('电池管理系统');
    expect(synonyms['电池管理系统']).toContain('bms');
    // Associations (related groups) are no synonyms: 巨量转移 is only associated with micro-led.
    expect(synonyms['micro-led'] ?? []).not.toContain('巨量转移');
    expect(sut.toMeilisearchSynonyms({ includeRelated: true })['micro-led']).toContain('巨量转移');
  });
});

describe('domain dictionary', () => {
  it('has several hundred Chinese terms', () => {
    expect(domainDictionary().length).toBeGreaterThan(1500);
  });

  it.each(['隧穿氧化层', '钙钛矿叠层', '光伏组件', '石墨烯', '电池管理系统', '一体化压铸'])(
    'keeps %s whole',
    (term) => {
      expect(defaultSegmenter().cut(`一种${term}技术`)).toContain(term);
    },
  );
});

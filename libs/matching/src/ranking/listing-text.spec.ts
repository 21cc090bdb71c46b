import { TextAnalyzer, Thesaurus, defaultAnalyzer, defaultSegmenter } from '@app/text-analysis';
import { bagOf, bagsOf, conceptsOf, type ListingText } from './listing-text';
import { MATCH_WEIGHTS } from './weights';

describe('bagsOf', () => {
  it('builds exactly the bags bagOf builds one by one, with one segmenter call for the batch', () => {
    const analyzer = defaultAnalyzer();
    const w = MATCH_WEIGHTS.relevance.document;
    const listings: ListingText[] = [
      {
        title: 'N型TOPCon电池隧穿氧化层钝化接触工艺',
        keywords: ['TOPCon', '隧穿氧化层'],
        body: '隧穿氧化层与多晶硅钝化接触，量产效率25.5%',
      },
      { title: '储能BMS均衡', keywords: [], body: null },
      { title: '', keywords: ['', 'micro led'], body: '' },
      { title: '光伏\r\n组件', keywords: ['EL检测\r'], body: '暗片\n碎片漏检' },
      { title: '钙钛矿叠层电池', keywords: ['钙钛矿'], body: '第一行\n\n第二行' },
    ];
    const cut = jest.spyOn(analyzer.segmenter, 'cutForSearch');
    const batch = bagsOf(analyzer, listings, w);
    // The listing with carriage returns is cut on its own.
    expect(cut).toHaveBeenCalledTimes(2);
    cut.mockRestore();
    expect(batch.map((b) => [...b])).toEqual(listings.map((l) => [...bagOf(analyzer, l, w)]));
  });
});

describe('conceptsOf', () => {
  const thesaurus = new Thesaurus([
    { industry: null, terms: [], synonyms: [['碳排放核算', '碳核算']], related: [['碳核算', '碳足迹', '能耗监测']] },
  ]);
  const analyzer = new TextAnalyzer(defaultSegmenter(), thesaurus);
  const expansion = MATCH_WEIGHTS.relevance.expansion;
  const alternatives = (text: string, compounds = { weight: 1, minSimilarity: 0.6 }): Map<string, number> => {
    const concept = conceptsOf(analyzer, [{ text, weight: 1 }], 0, expansion, compounds).find((c) => c.label === text);
    return new Map(concept?.alternatives.map((a) => [a.term, a.weight]));
  };

  it('lends a word the relations of a compound it is part of, scaled by how much of the compound it is', () => {
    const alts = alternatives('碳排放');
    const similarity = (2 * 3) / (3 + 5);
    expect(alts.get('碳排放')).toBe(1);
    expect(alts.get('碳排放核算')).toBeCloseTo(similarity * expansion.synonym);
    expect(alts.get('碳核算')).toBeCloseTo(similarity * expansion.synonym);
    // 碳足迹 is related to 碳核算, a synonym of the compound: the thesaurus does not chain, so it is not reached.
    expect(alts.has('碳足迹')).toBe(false);
  });

  it('keeps only the best weight per term and borrows nothing when turned off or the compound is too long', () => {
    expect(alternatives('碳排放', { weight: 0, minSimilarity: 0.6 })).toEqual(new Map([['碳排放', 1]]));
    expect(alternatives('排放', { weight: 1, minSimilarity: 0.9 })).toEqual(new Map([['排放', 1]]));
    const direct = alternatives('碳核算');
    expect(direct.get('碳足迹')).toBe(expansion.related);
    expect(direct.get('碳排放核算')).toBe(expansion.synonym);
  });
});

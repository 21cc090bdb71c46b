import { defaultAnalyzer } from '@app/search';
import { bagOf, bagsOf, type ListingText } from './listing-text';
import { MATCH_WEIGHTS } from './weights';

describe('bagsOf', () => {
  it('builds exactly the bags bagOf builds one by one, with one segmenter call for the batch', () => {
    const analyzer = defaultAnalyzer();
    const w = MATCH_WEIGHTS.relevance.document;
    const listings: ListingText[] = [
      { title: 'N型TOPCon电池隧穿氧化层钝化接触工艺', keywords: ['TOPCon', '隧穿氧化层'], body: '隧穿氧化层与多晶硅钝化接触，量产效率25.5%' },
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

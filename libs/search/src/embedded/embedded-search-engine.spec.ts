import { applyVocabularyOverlay } from '@app/text-analysis';
import { aListing, contractListings } from '../testing';
import { EmbeddedSearchEngine } from './embedded-search-engine';
import { topK } from './top-k';

const listing = (i: number) =>
  aListing(`L${i}`, {
    title: `${i % 2 ? '光伏玻璃' : '储能电池'}样品${i}`,
    keywords: [i % 2 ? '光伏玻璃' : '储能电池'],
    publishedAt: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
  });

describe('EmbeddedSearchEngine', () => {
  let sut: EmbeddedSearchEngine;

  beforeEach(() => {
    sut = new EmbeddedSearchEngine();
  });

  it('stays correct through many replacements and removals (postings compaction)', async () => {
    const docs = Array.from({ length: 600 }, (_, i) => listing(i));
    await sut.upsert(docs);
    for (const word of ['冰川', '沙漠', '海洋'])
      await sut.upsert(docs.map((d) => ({ ...d, summary: `${word}样品描述` })));
    await sut.remove(docs.filter((_, i) => i % 3 === 0).map((d) => d.id));
    const alive = docs.filter((_, i) => i % 3 !== 0);
    expect(await sut.count()).toBe(alive.length);
    const glass = await sut.search({ text: '光伏玻璃', limit: 200 });
    expect(glass.total).toBe(alive.filter((_, i) => alive[i].title.startsWith('光伏玻璃')).length);
    expect((await sut.search({ text: '海洋', limit: 1 })).total).toBe(alive.length);
    expect((await sut.search({ text: '冰川', limit: 1 })).total).toBe(0);
  });

  it('re-analyses the documents holding a changed dictionary term when the vocabulary changes, and only those', async () => {
    // 再生涤纶 only in the title: jieba splits it until it is a dictionary word.
    const recycled = aListing('R1', { title: '再生涤纶短纤纺丝工艺', summary: '纤维强度提高', keywords: ['短纤'] });
    const other = aListing('O1', { title: '光伏玻璃减反射镀膜', keywords: ['光伏玻璃'] });
    await sut.upsert([recycled, other]);
    const hits = async (text: string) => (await sut.search({ text, limit: 10 })).hits.map((h) => h.id);
    expect(await hits('瓶料')).toEqual([]);
    try {
      await sut.applyVocabulary(
        applyVocabularyOverlay({ disabledShipped: [], groups: [{ terms: ['瓶料', '再生涤纶'], kind: 'SYNONYM' }] }),
      );
      expect(await hits('瓶料')).toEqual([recycled.id]);
      expect(await hits('光伏玻璃')).toEqual([other.id]);
    } finally {
      await sut.applyVocabulary(applyVocabularyOverlay({ disabledShipped: [], groups: [] }));
    }
    expect(await hits('瓶料')).toEqual([]);
    // After two changes the index ranks as one built afresh with the same vocabulary.
    const fresh = new EmbeddedSearchEngine();
    await fresh.upsert([recycled, other]);
    for (const text of ['再生涤纶短纤', '涤纶', '光伏玻璃']) {
      const scores = async (engine: EmbeddedSearchEngine) =>
        (await engine.search({ text, limit: 10 })).hits.map((h) => [h.id, h.score]);
      expect(await scores(sut)).toEqual(await scores(fresh));
    }
  });

  it('keeps writes made during a reindex', async () => {
    await sut.upsert([listing(1), listing(2)]);
    const late = aListing('LATE', { title: '重建期间写入的成果' });
    async function* source(): AsyncGenerator<ReturnType<typeof listing>[]> {
      yield [listing(1)];
      await sut.upsert([late]);
      await sut.remove([listing(3).id]);
      yield [listing(3)];
    }
    await sut.reindex(source());
    const keys = (await sut.search({ limit: 10 })).hits.map((h) => h.key).sort();
    expect(keys).toEqual(['L1', 'LATE']);
  });

  it('builds the same index when the analysis runs in a worker thread, keeping writes made meanwhile', async () => {
    const docs = [...contractListings(), ...Array.from({ length: 260 }, (_, i) => listing(i))];
    const inWorker = new EmbeddedSearchEngine({ analysisWorker: true, reindexBatchSize: 120 });
    await sut.reindex(docs);
    const late = aListing('LATE', { title: '重建期间写入的光伏玻璃' });
    async function* source(): AsyncGenerator<typeof docs> {
      yield docs.slice(0, 150);
      await inWorker.upsert([late]);
      yield docs.slice(150);
    }
    await inWorker.reindex(source());
    await sut.upsert([late]);
    expect(await inWorker.count()).toBe(docs.length + 1);
    expect((await inWorker.search({ text: '光伏玻璃' })).total).toBeGreaterThan(130);
    for (const text of ['光伏玻璃', 'guangfu', 'gfbl', '储能', '减反射 镀膜', '锂电']) {
      const query = { text, limit: 50, highlight: true, facets: ['industry' as const, 'kind' as const] };
      expect(await inWorker.search(query)).toEqual(await sut.search(query));
    }
  });

  it('refuses a second concurrent reindex', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow(): AsyncGenerator<ReturnType<typeof listing>[]> {
      await gate;
      yield [listing(1)];
    }
    const first = sut.reindex(slow());
    await expect(sut.reindex([listing(2)])).rejects.toThrow('already running');
    release();
    await first;
  });

  it('answers a filtered query touching most of the index from the filter mask, and follows later writes', async () => {
    const docs = Array.from({ length: 40 }, (_, i) => ({ ...listing(i), status: i % 4 === 0 ? 'DRAFT' : 'PUBLISHED' }));
    await sut.upsert(docs);
    const long = '光伏玻璃和储能电池的样品，'.repeat(8);
    const published = async (): Promise<string[]> =>
      (
        await sut.search({
          text: long,
          kinds: ['ACHIEVEMENT'],
          filters: { statuses: ['PUBLISHED'] },
          limit: 100,
          minScore: 0,
        })
      ).hits
        .map((h) => h.key)
        .sort();
    const expected = (list: typeof docs): string[] =>
      list
        .filter((d) => d.status === 'PUBLISHED')
        .map((d) => d.key)
        .sort();
    expect(await published()).toEqual(expected(docs));
    // Writes after the mask was built: a draft published, a published one removed, a new one added.
    const changed = docs.map((d) => (d.key === 'L0' ? { ...d, status: 'PUBLISHED' } : d)).filter((d) => d.key !== 'L1');
    await sut.upsert([changed.find((d) => d.key === 'L0')!, { ...listing(99), status: 'PUBLISHED' }]);
    await sut.remove([docs[1].id]);
    expect(await published()).toEqual(expected([...changed, { ...listing(99), status: 'PUBLISHED' }]));
  });

  it('counts words only filtered-out documents contain as unknown, not as words every hit missed', async () => {
    await sut.upsert(contractListings());
    // Mostly the words of a need: searching achievements only, they must not lower the achievements' scores.
    const text = '储能电站热失控提前预警 电芯冒烟 火灾风险 储能安全 几分钟';
    const scoreOf = (page: { hits: Array<{ key: string; score: number }> }): number =>
      page.hits.find((h) => h.key === 'BMS')?.score ?? 0;
    const everything = scoreOf(await sut.search({ text, limit: 20 }));
    const achievements = scoreOf(await sut.search({ text, kinds: ['ACHIEVEMENT'], limit: 20 }));
    expect(everything).toBeGreaterThan(0);
    expect(achievements).toBeGreaterThan(everything);
  });

  it('skips words in a pasted text that most of a large index contains, but still finds them when asked alone', async () => {
    const docs = Array.from({ length: 1250 }, (_, i) =>
      aListing(`C${i}`, { title: `产线样品${i}`, keywords: ['产线'] }),
    );
    await sut.upsert([...docs, aListing('RARE', { title: '钙钛矿叠层电池', keywords: ['钙钛矿'] })]);
    const pasted =
      '我们的产线希望引入钙钛矿叠层电池技术，产线改造预算有限，希望产线尽快量产，请有钙钛矿经验的团队联系。';
    const page = await sut.search({ text: pasted, limit: 50, minScore: 0 });
    expect(page.hits.map((h) => h.key)).toEqual(['RARE']);
    expect((await sut.search({ text: '产线', limit: 1 })).total).toBe(1250);
  });

  it('rejects documents without id or kind', async () => {
    await expect(sut.upsert([{ ...listing(1), id: '' }])).rejects.toThrow('id');
    await expect(sut.upsert([{ ...listing(1), kind: 'OTHER' as 'NEED' }])).rejects.toThrow('kind');
  });

  it('caps the page size and ignores negative offsets', async () => {
    await sut.upsert(Array.from({ length: 250 }, (_, i) => listing(i)));
    expect((await sut.search({ limit: 10_000 })).hits).toHaveLength(200);
    expect((await sut.search({ offset: -5, limit: 1 })).hits).toHaveLength(1);
  });
});

describe('topK', () => {
  it('returns the first k in comparator order, like a full sort', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const slots = Int32Array.from(values.keys());
    const byValue = (a: number, b: number) => values[b] - values[a] || a - b;
    expect(topK(slots, slots.length, 25, byValue)).toEqual([...values.keys()].sort(byValue).slice(0, 25));
    expect(topK(slots, 0, 5, byValue)).toEqual([]);
    const scores = Float64Array.from(values);
    expect(topK(slots, slots.length, 25, byValue, scores)).toEqual([...values.keys()].sort(byValue).slice(0, 25));
  });
});

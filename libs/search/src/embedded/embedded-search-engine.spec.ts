import { aListing } from '../testing';
import { EmbeddedSearchEngine } from './embedded-search-engine';
import { topK } from './top-k';

const listing = (i: number) =>
  aListing(`L${i}`, { title: `${i % 2 ? '光伏玻璃' : '储能电池'}样品${i}`, keywords: [i % 2 ? '光伏玻璃' : '储能电池'], publishedAt: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` });

describe('EmbeddedSearchEngine', () => {
  let sut: EmbeddedSearchEngine;

  beforeEach(() => {
    sut = new EmbeddedSearchEngine();
  });

  it('stays correct through many replacements and removals (postings compaction)', async () => {
    const docs = Array.from({ length: 600 }, (_, i) => listing(i));
    await sut.upsert(docs);
    for (const word of ['冰川', '沙漠', '海洋']) await sut.upsert(docs.map((d) => ({ ...d, summary: `${word}样品描述` })));
    await sut.remove(docs.filter((_, i) => i % 3 === 0).map((d) => d.id));
    const alive = docs.filter((_, i) => i % 3 !== 0);
    expect(await sut.count()).toBe(alive.length);
    const glass = await sut.search({ text: '光伏玻璃', limit: 200 });
    expect(glass.total).toBe(alive.filter((_, i) => alive[i].title.startsWith('光伏玻璃')).length);
    expect((await sut.search({ text: '海洋', limit: 1 })).total).toBe(alive.length);
    expect((await sut.search({ text: '冰川', limit: 1 })).total).toBe(0);
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

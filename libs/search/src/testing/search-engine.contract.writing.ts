import type { SearchEngine } from '../search-engine';
import { type ContractOptions, aListing, contractListings, keys } from './contract-fixtures';

/** The contract's writing half: every test gets a fresh engine from `fresh` (upsert, remove, reindex). */
export function describeWritingContract(
  fresh: () => Promise<SearchEngine>,
  options: ContractOptions,
  timeout: number,
): void {
  describe('writing', () => {
    let sut: SearchEngine;
    beforeEach(async () => {
      sut = await fresh();
    }, timeout * 3);
    afterEach(async () => options.teardown?.(sut), timeout);

    it(
      'upserts idempotently and replaces whole documents',
      async () => {
        const doc = contractListings().find((d) => d.key === 'GLASS');
        if (!doc) throw new Error('fixture missing');
        await sut.upsert([doc]);
        await sut.upsert([doc]);
        expect(await sut.count()).toBe(contractListings().length);
        expect(keys(await sut.search({ text: '光伏玻璃' })).filter((k) => k === 'GLASS')).toHaveLength(1);
        await sut.upsert([
          { ...doc, title: '超白压延玻璃窑炉节能技术', keywords: ['压延玻璃'], summary: '窑炉燃烧优化。' },
        ]);
        expect(keys(await sut.search({ text: '减反射膜' }))).not.toContain('GLASS');
        expect(keys(await sut.search({ text: '窑炉' }))).toContain('GLASS');
        expect(await sut.count()).toBe(contractListings().length);
      },
      timeout,
    );

    it(
      'removes documents, ignoring unknown ids',
      async () => {
        const lidar = contractListings().find((d) => d.key === 'LIDAR');
        await sut.remove([lidar?.id ?? '', '00000000-0000-4000-8000-000000000000']);
        expect(keys(await sut.search({ text: '激光雷达' }))).not.toContain('LIDAR');
        expect(await sut.count()).toBe(contractListings().length - 1);
        await sut.remove([lidar?.id ?? '']);
        expect(await sut.count()).toBe(contractListings().length - 1);
      },
      timeout,
    );

    it(
      'reindexes into a fresh index and swaps it in',
      async () => {
        const progress: number[] = [];
        const extra = aListing('NEW', { title: '氢燃料电池双极板', keywords: ['双极板'], industry: 'NEW_MATERIALS' });
        async function* batches(): AsyncGenerator<ReturnType<typeof contractListings>> {
          yield contractListings().slice(0, 5);
          yield [...contractListings().slice(5), extra];
        }
        const indexed = await sut.reindex(batches(), (p) => progress.push(p.indexed));
        expect(indexed).toBe(contractListings().length + 1);
        expect(progress[progress.length - 1]).toBe(contractListings().length + 1);
        expect(keys(await sut.search({ text: '双极板' }))).toEqual(['NEW']);
        expect(await sut.count()).toBe(contractListings().length + 1);
      },
      timeout * 3,
    );
  });
}

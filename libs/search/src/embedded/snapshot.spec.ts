import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateListings, generateQueries } from '../eval/bench-corpus';
import type { SearchQuery } from '../search.types';
import { aListing, contractListings } from '../testing';
import { EmbeddedSearchEngine } from './embedded-search-engine';
import { SNAPSHOT_FORMAT, writeSnapshot } from './snapshot';
import type { EmbeddedIndex } from './embedded-index';

const indexOf = (engine: EmbeddedSearchEngine): EmbeddedIndex => (engine as unknown as { index: EmbeddedIndex }).index;

describe('embedded index snapshots', () => {
  let dir: string;
  let file: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'xs-snapshot-'));
    file = join(dir, 'search-index.bin');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads to an index that answers every query exactly as the one saved, at the saved position', async () => {
    const docs = [...contractListings(), ...generateListings(800, 3)];
    const sut = new EmbeddedSearchEngine();
    await sut.reindex(docs);
    // Replacements and removals leave dead slots: the snapshot keeps only live documents.
    await sut.upsert(docs.slice(0, 50).map((d) => ({ ...d, title: `${d.title} 更新` })));
    await sut.remove(docs.slice(50, 80).map((d) => d.id));
    await sut.saveSnapshot(file, '{"tx":"42","seq":"7"}');

    const loaded = new EmbeddedSearchEngine();
    expect(await loaded.loadSnapshot(file)).toMatchObject({
      position: '{"tx":"42","seq":"7"}',
      documents: docs.length - 30,
    });
    expect(await loaded.count()).toBe(await sut.count());
    expect((await loaded.ids()).sort()).toEqual((await sut.ids()).sort());
    const queries: SearchQuery[] = [
      ...generateQueries(60, docs, 5).map((q): SearchQuery => ({
        text: q.text,
        kinds: q.kinds,
        limit: 20,
        facets: ['industry', 'trl'],
      })),
      { text: 'guangfu boli', limit: 20 },
      { text: 'gfbl', limit: 20 },
      { sort: 'NEWEST' as const, limit: 30, filters: { trlMin: 4, cooperationModes: ['LICENSE'] } },
    ].map((q) => ({ ...q, highlight: true }));
    for (const query of queries) expect(await loaded.search(query)).toEqual(await sut.search(query));

    // The loaded index keeps working for writes and removals.
    await loaded.upsert([aListing('NEW', { title: '载入后新增的钙钛矿成果' })]);
    await loaded.remove([docs[100].id]);
    expect((await loaded.search({ text: '钙钛矿成果' })).hits.map((h) => h.key)).toContain('NEW');
    expect(await loaded.ids()).not.toContain(docs[100].id);

    // A loaded index saves again (its documents still unparsed text) and loads to the same answers, documents too.
    const again = join(dir, 'again.bin');
    await loaded.saveSnapshot(again, 'p2');
    const reloaded = new EmbeddedSearchEngine();
    expect(await reloaded.loadSnapshot(again)).toMatchObject({ position: 'p2', documents: await loaded.count() });
    for (const query of queries.slice(0, 20).map((q) => ({ ...q, withDocuments: true })))
      expect(await reloaded.search(query)).toEqual(await loaded.search(query));

    // Enough removals to compact the loaded postings (typed views): answers stay those of a fresh build.
    const gone = new Set(docs.slice(200, 520).map((d) => d.id));
    await loaded.remove([...gone]);
    expect(indexOf(loaded).deadSlots).toBeLessThan(gone.size); // compacted on the way
    const live = new Set(await loaded.ids());
    const fresh = new EmbeddedSearchEngine();
    await fresh.reindex(
      [...docs.slice(0, 50).map((d) => ({ ...d, title: `${d.title} 更新` })), ...docs.slice(80)].filter((d) =>
        live.has(d.id),
      ),
    );
    await fresh.upsert([aListing('NEW', { title: '载入后新增的钙钛矿成果' })]);
    for (const query of queries.slice(0, 20)) {
      const [a, b] = [await loaded.search(query), await fresh.search(query)];
      expect(a.total).toBe(b.total);
      expect(a.hits.map((h) => h.id).sort()).toEqual(b.hits.map((h) => h.id).sort());
    }
  });

  it('stores the index as of the call even when writes arrive while it saves', async () => {
    const docs = generateListings(3000, 9);
    const sut = new EmbeddedSearchEngine();
    await sut.reindex(docs);
    const saving = sut.saveSnapshot(file, 'p1');
    await sut.remove(docs.slice(0, 800).map((d) => d.id)); // would compact, but slots are pinned while saving
    await sut.upsert([aListing('LATE', { title: '保存期间写入' })]);
    await saving;
    const loaded = new EmbeddedSearchEngine();
    expect(await loaded.loadSnapshot(file)).toMatchObject({ documents: 3000 });
    expect(await loaded.ids()).not.toContain('LATE');
    const query: SearchQuery = { text: docs[10].title, limit: 10 };
    const fresh = new EmbeddedSearchEngine();
    await fresh.reindex(docs);
    expect(await loaded.search(query)).toEqual(await fresh.search(query));
    // The saver's own index compacted once the snapshot was done and still answers right.
    expect(indexOf(sut).deadSlots).toBe(0);
    expect(await sut.count()).toBe(2201);
  });

  it('says missing, stale or corrupt and leaves the index untouched', async () => {
    const sut = new EmbeddedSearchEngine();
    await sut.upsert(contractListings());
    const before = await sut.count();
    expect(await sut.loadSnapshot(file)).toEqual({ reason: expect.stringMatching(/^missing/) });

    await writeSnapshot(indexOf(sut), file, 'p', 'another analysis');
    expect(await sut.loadSnapshot(file)).toEqual({
      reason: expect.stringMatching(/^stale: the text analysis changed/),
    });

    await sut.saveSnapshot(file, 'p');
    const bytes = readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 10] ^= 0xff;
    writeFileSync(file, flipped);
    expect(await sut.loadSnapshot(file)).toEqual({ reason: 'corrupt: checksum mismatch' });
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    expect(await sut.loadSnapshot(file)).toEqual({ reason: expect.stringMatching(/^corrupt/) });
    writeFileSync(file, 'not an index');
    expect(await sut.loadSnapshot(file)).toEqual({ reason: 'corrupt: not an index file' });
    const header = bytes.toString('latin1').replace(`"format":${SNAPSHOT_FORMAT}`, '"format":1');
    writeFileSync(file, Buffer.from(header, 'latin1'));
    expect(await sut.loadSnapshot(file)).toEqual({ reason: `stale: format 1, expected ${SNAPSHOT_FORMAT}` });
    expect(await sut.count()).toBe(before);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CatalogProjection, SearchSyncRelay } from '@app/catalog';
import { EmbeddedSearchEngine, SearchEngine } from '@app/search';
import { MeiliPeer } from '@app/search/testing';
import { Factory } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const SEARCH = `query($q: String!) { search(input: { query: $q, first: 20 }) { totalCount hits { key } } }`;

async function keysFor(t: TestApp, q: string, token: string): Promise<string[]> {
  const res = await t.gql(SEARCH, { q }, token);
  expect(res.errors).toBeUndefined();
  return (res.data?.search.hits as { key: string }[]).map((h) => h.key).sort();
}

/** Changes made behind the app's back: one through the outbox (a catch-up), two that bypass it (a repair). */
async function tamper(t: TestApp, changed: string, removed: string, orgId: string): Promise<string> {
  const copyKey = `COPY${randomUUID().slice(0, 6)}`;
  await t.db.transaction(async (em) => {
    await em.query(`UPDATE achievements SET title = '停机期间改名的锆钛酸铅压电陶瓷' WHERE id = $1`, [changed]);
    await em.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('ACHIEVEMENT', $1)`, [changed]);
    await em.query(
      `INSERT INTO achievements (id, key, org_id, title, summary, industry, keywords, trl, cooperation_modes, status, published_at, valid_until)
       VALUES ($1, $2, $3, '绕过发件箱写入的碲化镉薄膜', '', 'PHOTOVOLTAIC', '{}', 5, '{LICENSE}', 'PUBLISHED', '2025-01-01', '2099-12-31')`,
      [randomUUID(), copyKey, orgId],
    );
    await em.query(`DELETE FROM achievements WHERE id = $1`, [removed]);
  });
  return copyKey;
}

describe('search index at start-up: snapshot, catch-up, comparison with the database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xiushui-index-'));
  const embedded = !process.env.DATABASE_URL;
  // PGlite keeps its data in DATA_DIR (the index file goes beside it); PostgreSQL keeps the data, the file is named.
  const env: Record<string, string> = embedded
    ? { DATA_DIR: join(dir, 'data') }
    : { SEARCH_INDEX_FILE: join(dir, 'search-index.bin') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  it('loads the saved index, catches up from its position and repairs a missing and an extra listing', async () => {
    let t = await startApp(env);
    const f = new Factory(t);
    const officer = await f.person('OFFICER');
    const kept = await f.achievement(officer, { title: '钙钛矿叠层电池中试线' });
    const changed = await f.achievement(officer, { title: '旧标题的储能变流器' });
    const removed = await f.achievement(officer, { title: '将被直接删除的铌酸锂光波导' });
    await t.syncSearch();
    const [orgId] = await t.db.read((em) => em.query(`SELECT org_id FROM achievements WHERE id = $1`, [kept.id]));
    const copyKey = await tamper(t, changed.id, removed.id, orgId.org_id);
    await t.close(); // saves the index with the position before the tampering

    const reindex = jest.spyOn(EmbeddedSearchEngine.prototype, 'reindex');
    t = await startApp({ ...env, KEEP_DATA: '1' });
    try {
      expect(reindex).not.toHaveBeenCalled(); // loaded, not rebuilt
      expect(t.app.get(SearchSyncRelay).ready).toBe(true);
      expect((await t.http().get('/health/ready')).body).toMatchObject({ status: 'ok', search: 'current' });
      const token = (await new Factory(t).person('OFFICER')).token;
      expect(await keysFor(t, '钙钛矿叠层电池', token)).toEqual([kept.key]);
      expect(await keysFor(t, '锆钛酸铅压电陶瓷', token)).toEqual([changed.key]); // caught up from the change log
      expect(await keysFor(t, '碲化镉薄膜', token)).toEqual([copyKey]); // missing: indexed at start
      expect(await keysFor(t, '铌酸锂光波导', token)).toEqual([]); // extra: removed at start
      expect((await t.app.get(SearchEngine).ids()).sort()).toEqual(
        (await t.db.read((em) => em.query(`SELECT id::text FROM achievements UNION ALL SELECT id::text FROM needs`)))
          .map((r: { id: string }) => r.id)
          .sort(),
      );
      // The comparison reads the catalog's ids a page at a time: pages of two give the same ids, each once.
      const paged = await t.app.get(CatalogProjection).allIds(2);
      expect(paged.map((r) => r.entity_id).sort()).toEqual((await t.app.get(SearchEngine).ids()).sort());
      expect(paged.filter((r) => r.entity_type === 'ACHIEVEMENT')).toHaveLength(3);
    } finally {
      await t.close();
    }
  });

  it('rebuilds from the database when the file is damaged', async () => {
    writeFileSync(embedded ? join(dir, 'data', 'search-index.bin') : join(dir, 'search-index.bin'), 'damaged');
    const reindex = jest.spyOn(EmbeddedSearchEngine.prototype, 'reindex');
    const t = await startApp({ ...env, KEEP_DATA: '1' });
    try {
      expect(reindex).toHaveBeenCalledTimes(1);
      const token = (await new Factory(t).person('OFFICER')).token;
      expect((await keysFor(t, '钙钛矿叠层电池', token)).length).toBe(1);
      expect(t.app.get(SearchSyncRelay).ready).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('Meilisearch: start-up lists the ids page by page (fields=id) and repairs a missing and an extra document', async () => {
    const peer = new MeiliPeer();
    await peer.start(0);
    const meili: Record<string, string> = {
      MEILI_URL: peer.url,
      MEILI_INDEX: 'catalog',
      MEILI_API_KEY: 'app-scoped-key',
      ...(embedded ? { DATA_DIR: join(dir, 'meili-data') } : {}),
    };
    let t = await startApp(meili);
    try {
      const f = new Factory(t);
      const officer = await f.person('OFFICER');
      const a = await f.achievement(officer, { title: '第一项成果' });
      const b = await f.achievement(officer, { title: '第二项成果' });
      await t.syncSearch();
      await t.close();
      const docs = peer.indexes.get('catalog')!.docs;
      docs.delete(a.id);
      docs.set('ghost', { id: 'ghost', kind: 'ACHIEVEMENT', title: '数据库里没有的文档' });
      peer.requests.length = 0;
      t = await startApp({ ...meili, KEEP_DATA: '1' });
      expect(t.app.get(SearchSyncRelay).ready).toBe(true);
      expect(docs.has(a.id)).toBe(true);
      expect(docs.has('ghost')).toBe(false);
      expect(docs.has(b.id)).toBe(true);
      const listing = peer.requests.find((r) => r.method === 'GET' && r.path === '/indexes/catalog/documents');
      expect(new URLSearchParams(listing?.query)).toEqual(
        new URLSearchParams({ fields: 'id', limit: '1000', offset: '0' }),
      );
    } finally {
      await t.close();
      await peer.stop();
    }
  });
});

import { SearchIndexService, SearchSyncRelay } from '@app/catalog';
import { MeiliPeer } from '@app/search/testing';
import { Factory } from './support/factories';
import { startApp, TestApp } from './support/test-app';

/**
 * The app with its real Meilisearch adapter and official client, talking HTTP to MeiliPeer: a protocol peer that
 * records requests and answers as Meilisearch documents it (see its doc comment). It proves request order,
 * start-up, retry and replay behaviour, never ranking; the contract suite runs against a real server with MEILI_URL.
 */
describe('Meilisearch adapter through the app, against a protocol peer', () => {
  const peer = new MeiliPeer();
  let t: TestApp;
  let f: Factory;

  beforeAll(async () => {
    await peer.start(0);
    await peer.stop(); // down when the api starts
    t = await startApp({
      MEILI_URL: peer.url,
      MEILI_INDEX: 'catalog',
      MEILI_API_KEY: 'app-scoped-key',
      MEILI_MASTER_KEY: 'master-key',
    });
    f = new Factory(t);
  });
  afterAll(async () => {
    await t.close();
    await peer.stop();
  });

  it('start-up waits for the server, creates and verifies the index before any write, and repairs the count', async () => {
    const officer = await f.person('OFFICER');
    const a = await f.achievement(officer, { title: '停机期间发布的成果' });
    expect(await t.relayNow()).toBe(0); // engine not ready: the change waits in the outbox
    await peer.start();
    expect(await t.app.get(SearchSyncRelay).startUp()).toBe(true);
    await t.syncSearch();
    const lines = peer.lines();
    const first = (line: string) => lines.indexOf(line);
    expect(first('POST /indexes')).toBeGreaterThanOrEqual(0);
    expect(first('POST /indexes')).toBeLessThan(first('PATCH /indexes/catalog/settings'));
    expect(first('PATCH /indexes/catalog/settings')).toBeLessThan(first('GET /indexes/catalog/settings'));
    // No document write ever reached an index before it was created and its settings read back.
    const firstWrite = lines.findIndex((l) => /^POST \/indexes\/catalog(_tmp)?\/documents/.test(l));
    expect(firstWrite).toBeGreaterThan(first('GET /indexes/catalog/settings'));
    expect(peer.indexes.get('catalog')?.settings.filterableAttributes).toBeDefined();
    expect(peer.indexes.get('catalog')?.docs.has(a.id)).toBe(true);
  });

  it('sends the scoped API key on every request, never the master key', async () => {
    await t.syncSearch();
    const sent = new Set(peer.requests.map((r) => r.authorization));
    expect(peer.requests.length).toBeGreaterThan(0);
    expect([...sent]).toEqual(['Bearer app-scoped-key']);
  });

  it('a rebuild keeps a write another process makes meanwhile, and waits for the old index to be deleted', async () => {
    const officer = await f.person('OFFICER');
    const listing = await f.achievement(officer, { title: '重建之前的标题', keywords: [] });
    await t.syncSearch();
    let wrote = false;
    peer.beforeHandle = async (request) => {
      if (wrote || request.path !== '/indexes/catalog_tmp/documents') return;
      wrote = true;
      // The api process edits the listing and its relay writes it to the live (old) index mid-rebuild.
      const res = await t.gql(
        `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { version } }`,
        { input: { id: listing.id, version: listing.version, title: '重建期间改过的标题' } },
        officer.token,
      );
      expect(res.errors).toBeUndefined();
      await t.syncSearch();
    };
    const before = peer.requests.length;
    await t.app.get(SearchIndexService).reindex();
    peer.beforeHandle = undefined;
    expect(wrote).toBe(true);
    expect(peer.indexes.get('catalog')?.docs.get(listing.id)?.title).toBe('重建期间改过的标题');
    const lines = peer.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    const swap = lines.indexOf('POST /swap-indexes');
    const drop = lines.lastIndexOf('DELETE /indexes/catalog_tmp');
    expect(swap).toBeGreaterThan(0);
    expect(drop).toBeGreaterThan(swap);
    expect(lines.slice(drop + 1).some((l) => l.startsWith('GET /tasks/'))).toBe(true); // the deletion task is awaited
    expect(peer.indexes.has('catalog_tmp')).toBe(false);
  });

  it('an outage retries without dead letters; a rejected document is a dead letter', async () => {
    const officer = await f.person('OFFICER');
    await peer.stop();
    const a = await f.achievement(officer, { title: '断线重试' });
    for (let i = 0; i < 10; i++) {
      await t.relayNow();
      await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`));
    }
    await peer.start();
    await t.syncSearch();
    expect(peer.indexes.get('catalog')?.docs.has(a.id)).toBe(true);
    const bad = await f.achievement(officer, { title: '被拒绝的文档' });
    peer.rejectIds.add(bad.id);
    for (let i = 0; i < 10; i++) {
      await t.relayNow();
      await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`));
    }
    const dead = await t.db.read((em) => em.query(`SELECT entity_id, last_error FROM search_dead_letters`));
    expect(dead.map((d: { entity_id: string }) => d.entity_id)).toEqual(expect.arrayContaining([bad.id]));
    expect(dead.map((d: { entity_id: string }) => d.entity_id)).not.toContain(a.id);
  });
});

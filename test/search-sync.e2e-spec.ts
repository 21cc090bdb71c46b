import { backoffSeconds, OutboxRepository, SearchSyncRelay } from '@app/catalog';
import { Factory, Person } from './support/factories';
import { FlakyEngine } from './support/flaky-engine';
import { startApp, TestApp } from './support/test-app';

describe('keeping the search index true (outbox relay)', () => {
  let t: TestApp;
  let f: Factory;
  let officer: Person;
  let coordinator: Person;
  const engine = new FlakyEngine();
  const indexedKeys = async (text: string) =>
    (await engine.search({ text, limit: 50, filters: {} })).hits.map((h) => h.key);
  const pending = async () => Number((await t.db.read((em) => em.query(`SELECT count(*) c FROM search_outbox`)))[0].c);

  beforeAll(async () => {
    t = await startApp({ SEARCH_MAX_ATTEMPTS: '3' }, { searchEngine: engine });
    f = new Factory(t);
    officer = await f.person('OFFICER');
    coordinator = await f.person('COORDINATOR');
    await t.syncSearch();
  });
  afterAll(() => t.close());

  it('engine down: writes still succeed; engine back: every change becomes searchable', async () => {
    engine.down = true;
    const created = [];
    for (let i = 0; i < 4; i++)
      created.push(await f.achievement(officer, { title: `固态电解质界面${i}号工艺`, keywords: ['固态电解质'] }));
    await t.relayNow();
    expect(await pending()).toBeGreaterThan(0);
    const status = await t.gql(`{ searchIndexStatus { healthy pending } }`, {}, coordinator.token);
    expect(status.data?.searchIndexStatus.healthy).toBe(false);
    expect(await indexedKeys('固态电解质界面')).toEqual([]);

    engine.down = false;
    await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`)); // skip the backoff wait
    await t.syncSearch();
    expect(await pending()).toBe(0);
    expect((await indexedKeys('固态电解质界面')).sort()).toEqual(created.map((c) => c.key).sort());
  });

  it('a relay that dies mid-batch loses nothing: its lease runs out and another relay finishes', async () => {
    const rows = [];
    for (let i = 0; i < 3; i++)
      rows.push(await f.achievement(officer, { title: `氢燃料电池双极板${i}号`, keywords: ['双极板'] }));
    // Relay A claims the batch with a 1 s lease, then "crashes": it never writes to the engine or completes.
    const outbox = t.app.get(OutboxRepository);
    const claimed = await t.db.transaction((em) => outbox.claim(em, 100, 1));
    expect(claimed.length).toBeGreaterThanOrEqual(3);
    // While the lease holds, nobody else takes those rows.
    const relay = t.app.get(SearchSyncRelay);
    expect(await relay.runOnce()).toBe(0);
    await new Promise((r) => setTimeout(r, 1100));
    await relay.drain();
    expect(await pending()).toBe(0);
    expect((await indexedKeys('氢燃料电池双极板')).sort()).toEqual(rows.map((r) => r.key).sort());
  });

  it('replays are harmless: the relay indexes the current row, whatever order the changes came in', async () => {
    const a = await f.achievement(officer, { title: '碳化硅功率模块封装', keywords: ['碳化硅'] });
    await t.gql(
      `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { id } }`,
      { input: { id: a.id, version: a.version, title: '氮化镓射频器件外延', keywords: ['氮化镓'] } },
      officer.token,
    );
    await t.db.transaction((em) =>
      em.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('ACHIEVEMENT', $1), ('ACHIEVEMENT', $1)`, [
        a.id,
      ]),
    );
    await t.syncSearch();
    expect(await indexedKeys('氮化镓射频器件外延')).toContain(a.key);
    expect(await indexedKeys('碳化硅功率模块封装')).not.toContain(a.key);
  });

  it('an outage of any length never makes dead letters: connection errors retry without limit', async () => {
    engine.down = true;
    const a = await f.achievement(officer, { title: '长时间停机后的成果', keywords: ['停机'] });
    for (let i = 0; i < 12; i++) {
      await t.relayNow();
      await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`));
    }
    const [row] = await t.db.read((em) => em.query(`SELECT attempts FROM search_outbox WHERE entity_id = $1`, [a.id]));
    expect(Number(row.attempts)).toBeGreaterThanOrEqual(12); // far beyond SEARCH_MAX_ATTEMPTS=3
    expect(
      Number(
        (
          await t.db.read((em) => em.query(`SELECT count(*) c FROM search_dead_letters WHERE entity_id = $1`, [a.id]))
        )[0].c,
      ),
    ).toBe(0);
    engine.down = false;
    await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`));
    await t.syncSearch();
    expect(await indexedKeys('长时间停机后的成果')).toContain(a.key);
  });

  it('a document the engine rejects lands in the dead letters alone, visible to the alliance, and can be requeued', async () => {
    engine.rejectTitles.add('工业互联网边缘网关');
    const a = await f.achievement(officer, { title: '工业互联网边缘网关', keywords: ['边缘计算'] });
    const good = await f.achievement(officer, { title: '边缘计算同批次成果', keywords: ['边缘计算'] });
    for (let i = 0; i < 3; i++) {
      await t.relayNow();
      await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`));
    }
    expect(await pending()).toBe(0);
    // Its batch neighbour was indexed at the first attempt.
    expect(await indexedKeys('边缘计算同批次成果')).toContain(good.key);
    const dead = await t.gql(`{ searchDeadLetters { entityType entityId attempts lastError } }`, {}, coordinator.token);
    // One dead letter per outbox row of the listing (created, then published), none for its neighbour.
    const letters: { entityId: string; attempts: number; lastError: string }[] = dead.data?.searchDeadLetters ?? [];
    expect(letters.length).toBeGreaterThanOrEqual(1);
    for (const letter of letters)
      expect(letter).toEqual(
        expect.objectContaining({
          entityId: a.id,
          attempts: 3,
          lastError: expect.stringContaining('invalid_document_fields'),
        }),
      );
    expect((await t.gql(`{ searchDeadLetters { entityId } }`, {}, officer.token)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    engine.rejectTitles.clear();
    expect(
      (await t.gql(`mutation { requeueSearchDeadLetters }`, {}, coordinator.token)).data?.requeueSearchDeadLetters,
    ).toBe(letters.length);
    await t.syncSearch();
    expect(await indexedKeys('工业互联网边缘网关')).toContain(a.key);
  });

  it('two relays never hold rows of the same listing, so an older read cannot overwrite a newer one', async () => {
    const a = await f.achievement(officer, { title: '多进程中继排序', keywords: ['中继'] });
    const outbox = t.app.get(OutboxRepository);
    await t.syncSearch();
    await t.db.transaction((em) =>
      em.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('ACHIEVEMENT', $1)`, [a.id]),
    );
    const relayA = await t.db.transaction((em) => outbox.claim(em, 100, 30));
    expect(relayA.map((r) => r.entity_id)).toEqual([a.id]);
    // A newer change arrives while relay A still holds the listing: relay B must leave it alone.
    await t.db.transaction((em) =>
      em.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('ACHIEVEMENT', $1)`, [a.id]),
    );
    const relayB = await t.db.transaction((em) => outbox.claim(em, 100, 30));
    expect(relayB.map((r) => r.entity_id)).not.toContain(a.id);
    await t.db.transaction((em) => outbox.complete(em, relayA));
    const relayC = await t.db.transaction((em) => outbox.claim(em, 100, 30));
    expect(relayC.map((r) => r.entity_id)).toEqual([a.id]);
    await t.db.transaction((em) => outbox.complete(em, relayC));
  });

  it('while the index lags behind a need turned confidential, search shows only the teaser and hidden-field filters miss it', async () => {
    const owner = await f.person('RD_LEAD');
    const n = await f.need(owner, {
      title: '背板水汽透过率',
      keywords: ['背板'],
      description: '独家配方钛酸锶涂层良率数据',
    });
    await t.syncSearch();
    engine.down = true;
    const upd = await t.gql(
      `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { confidential } }`,
      { input: { id: n.id, version: n.version, confidential: true } },
      owner.token,
    );
    expect(upd.data?.updateNeed.confidential).toBe(true);
    const Q = `query($input: SearchInput!) { search(input: $input) { hits { key summaryHighlight need { teaser description } } } }`;
    const byText = await t.gql(Q, { input: { query: '钛酸锶涂层', types: ['NEED'] } }, officer.token);
    for (const h of byText.data?.search.hits ?? []) {
      if (h.key !== n.key) continue;
      expect(h).toEqual({ key: n.key, summaryHighlight: null, need: { teaser: true, description: null } });
    }
    const byOwner = await t.gql(Q, { input: { types: ['NEED'], organizations: [owner.orgId] } }, officer.token);
    expect(byOwner.data?.search.hits.map((h: { key: string }) => h.key)).not.toContain(n.key);
    engine.down = false;
    await t.db.transaction((em) => em.query(`UPDATE search_outbox SET next_attempt_at = now()`));
    await t.syncSearch();
    const after = await t.gql(Q, { input: { query: '钛酸锶涂层', types: ['NEED'] } }, officer.token);
    expect(after.data?.search.hits.map((h: { key: string }) => h.key)).not.toContain(n.key);
  });

  it('a rebuild deletes the outbox rows it already covers, and keeps a change of a transaction open meanwhile', async () => {
    await t.syncSearch();
    const listings = [];
    for (let i = 0; i < 3; i++)
      listings.push(await f.achievement(officer, { title: `批量导入的成果${i}号`, keywords: ['批量导入'] }));
    // A bulk import leaves one row per listing; the relay has not seen them yet.
    await t.db.transaction((em) =>
      em.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT 'ACHIEVEMENT', id FROM achievements`),
    );
    expect(await pending()).toBeGreaterThanOrEqual(3);
    // PostgreSQL only: a writer whose transaction is still open while the rebuild reads (PGlite has one session).
    const writer = t.db.embedded ? null : t.db.dataSource.createQueryRunner();
    if (writer) {
      await writer.startTransaction();
      await writer.query(`UPDATE achievements SET title = '重建期间改名的成果' WHERE id = $1`, [listings[0].id]);
      await writer.query(`INSERT INTO search_outbox (entity_type, entity_id) VALUES ('ACHIEVEMENT', $1)`, [
        listings[0].id,
      ]);
    }
    await t.app.get(SearchSyncRelay).rebuild();
    if (writer) {
      await writer.commitTransaction();
      await writer.release();
    }
    const left: { entity_id: string }[] = await t.db.read((em) => em.query(`SELECT entity_id FROM search_outbox`));
    expect(left.map((r) => r.entity_id)).toEqual(writer ? [listings[0].id] : []);
    const keys = listings.map((l) => l.key);
    expect((await indexedKeys('批量导入的成果')).filter((key) => keys.includes(key)).sort()).toEqual([...keys].sort());
    await t.syncSearch();
    expect(await pending()).toBe(0);
    // The open transaction's change was not in the rebuild's snapshot: its row stayed, and the relay applies it.
    if (writer) expect((await indexedKeys('重建期间改名的成果'))[0]).toBe(listings[0].key);
  });

  it('backoff is capped', async () => {
    expect([1, 2, 3, 8, 9, 20, 5000].map(backoffSeconds)).toEqual([2, 4, 8, 256, 300, 300, 300]);
  });
});

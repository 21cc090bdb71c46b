import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogImporter } from '@app/catalog';
import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

/**
 * Keys are unique per organisation: one organisation's answers never depend on another's listings, so a key
 * collision cannot reveal that someone's draft exists. Keys are optional; the server makes one.
 */
describe('listing keys', () => {
  let t: TestApp;
  let f: Factory;
  let rdA: Person;
  let rdB: Person;
  let officer: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    rdA = await f.person('RD_LEAD');
    rdB = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
  });
  afterAll(() => t.close());

  const CREATE_N = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id key } }`;
  const BY_KEY = `query($key: String!) { need(key: $key) { id title } }`;
  const needInput = (extra: Record<string, unknown> = {}) => ({
    title: '需求',
    description: '描述',
    industry: 'PHOTOVOLTAIC',
    keywords: ['光伏'],
    cooperationModes: ['LICENSE'],
    ...extra,
  });

  it("another organisation's draft key answers exactly like a free key", async () => {
    const draftB = await f.need(rdB, { key: 'xj-need-002', title: 'B的草稿' }, false);
    expect(codeOf(await t.gql(BY_KEY, { key: 'xj-need-002' }, rdA.token))).toBe('NOT_FOUND');
    const free = await t.gql(CREATE_N, { input: needInput({ key: 'free-key-001', title: 'A的需求' }) }, rdA.token);
    const taken = await t.gql(CREATE_N, { input: needInput({ key: 'xj-need-002', title: 'A的需求' }) }, rdA.token);
    expect(free.errors).toBeUndefined();
    expect(taken.errors).toBeUndefined();
    expect(taken.data?.createNeed.key).toBe('xj-need-002');
    // Each organisation finds its own listing by the key; B's draft stays B's.
    expect((await t.gql(BY_KEY, { key: 'xj-need-002' }, rdA.token)).data?.need).toEqual({
      id: taken.data?.createNeed.id,
      title: 'A的需求',
    });
    expect((await t.gql(BY_KEY, { key: 'xj-need-002' }, rdB.token)).data?.need).toEqual({
      id: draftB.id,
      title: 'B的草稿',
    });
    // An outsider seeing neither draft gets NOT_FOUND, as for any unknown key.
    expect(codeOf(await t.gql(BY_KEY, { key: 'xj-need-002' }, officer.token))).toBe('NOT_FOUND');
  });

  it('when several organisations show listings under one key, outsiders are asked for the id', async () => {
    await f.need(rdA, { key: 'shared-open' });
    const b = await f.need(rdB, { key: 'shared-open' });
    const res = await t.gql(BY_KEY, { key: 'shared-open' }, officer.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('key');
    expect((await t.gql(BY_KEY, { key: 'shared-open' }, rdB.token)).data?.need.id).toBe(b.id);
  });

  it('without a key the server makes a stable one that says nothing about the owner', async () => {
    const need = await t.gql(CREATE_N, { input: needInput() }, rdA.token);
    const key = need.data?.createNeed.key as string;
    expect(key).toMatch(/^N-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(
      (await t.gql(`query($id: ID!) { need(id: $id) { key } }`, { id: need.data?.createNeed.id }, rdA.token)).data?.need
        .key,
    ).toBe(key);
    expect((await t.gql(BY_KEY, { key }, rdA.token)).data?.need.id).toBe(need.data?.createNeed.id);
    const achievement = await t.gql(
      `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { key } }`,
      {
        input: {
          title: '成果',
          summary: '摘要',
          industry: 'PHOTOVOLTAIC',
          keywords: ['光伏'],
          trl: 5,
          cooperationModes: ['LICENSE'],
        },
      },
      officer.token,
    );
    expect(achievement.data?.createAchievement.key).toMatch(/^A-[0-9A-HJKMNP-TV-Z]{8}$/);
  });

  it('concurrent creates with one key in one organisation: one wins, all others CONFLICT on key', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.gql(CREATE_N, { input: needInput({ key: 'race-key', title: `并发${i}` }) }, rdA.token),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refusals = results.filter((r) => r.errors);
    expect(refusals.map((r) => [codeOf(r), r.errors?.[0].extensions?.fields?.[0].field])).toEqual(
      Array(9).fill(['CONFLICT', 'key']),
    );
    const [row] = await t.db.read((em) => em.query(`SELECT count(*) c FROM needs WHERE key = 'race-key'`));
    expect(Number(row.c)).toBe(1);
  });

  it("an import updates the record's own organisation's listing when another organisation uses the key too", async () => {
    const orgKey = 'keys-ent-a';
    await t.db.transaction((em) => em.query(`UPDATE organizations SET key = $1 WHERE id = $2`, [orgKey, rdA.orgId]));
    const mine = await f.need(rdA, { key: 'both-orgs', title: '旧标题' });
    const theirs = await f.need(rdB, { key: 'both-orgs', title: 'B的标题' });
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    writeFileSync(join(dir, 'achievements.json'), '[]');
    writeFileSync(
      join(dir, 'needs.json'),
      JSON.stringify([
        {
          key: 'both-orgs',
          orgKey,
          title: '新标题',
          description: '描述',
          industry: 'PHOTOVOLTAIC',
          keywords: ['光伏'],
          minTrl: 5,
          budgetWan: 10,
          cooperationModes: ['LICENSE'],
          deadline: '2099-01-01',
          confidential: false,
        },
      ]),
    );
    const report = await t.app.get(CatalogImporter).importDir(dir);
    expect(report).toMatchObject({ ok: true, needs: { created: 0, updated: 1 } });
    const titles = await t.db.read((em) =>
      em.query(`SELECT id, title, org_id AS "orgId" FROM needs WHERE key = 'both-orgs' ORDER BY title`),
    );
    expect(titles).toEqual([
      { id: theirs.id, title: 'B的标题', orgId: rdB.orgId },
      { id: mine.id, title: '新标题', orgId: rdA.orgId },
    ]);
  });
});

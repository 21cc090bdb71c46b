import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogImporter } from '@app/catalog';
import { Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';
import { matchOps, ok } from './match-requests.ops';

function dataset(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-tenancy-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content));
  return dir;
}

/**
 * The attack: enterprise B has a need with an accepted match request; an import file carries enterprise A's
 * confidential need under B's key. Upserting by key moved B's row to A and overwrote it with A's data, so B read
 * A's confidential description, budget and contact through its accepted request.
 */
describe('import never moves a listing to another organisation', () => {
  let t: TestApp;
  let f: Factory;
  let importer: CatalogImporter;
  let rdB: Person;
  let officer: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    importer = t.app.get(CatalogImporter);
    rdB = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
  });
  afterAll(() => t.close());

  const row = async (table: 'needs' | 'achievements', id: string) =>
    (
      await t.db.read((em) => em.query(`SELECT org_id AS "orgId", title, version FROM ${table} WHERE id = $1`, [id]))
    )[0] as { orgId: string; title: string; version: number };
  const orgCount = async () => Number((await t.db.read((em) => em.query(`SELECT count(*) c FROM organizations`)))[0].c);

  it("refuses a need record under another enterprise's key, naming file, record and field, and writes nothing", async () => {
    const ops = matchOps(t);
    const needB = await f.need(rdB, { description: 'B的需求描述', contact: 'B联系人' });
    const achievement = await f.achievement(officer);
    const sent = ok(await ops.request({ achievementId: achievement.id, needId: needB.id, message: '洽谈' }, rdB.token));
    ok(await ops.accept(sent, officer.token));
    const [before, orgsBefore] = [await row('needs', needB.id), await orgCount()];

    const report = await importer.importDir(
      dataset({
        'organizations.json': [
          { key: 'tenancy-a', name: '企业A-租户测试', kind: 'ENTERPRISE', region: '浙江省嘉兴市' },
        ],
        'achievements.json': [],
        'needs.json': [
          {
            key: needB.key,
            orgKey: 'tenancy-a',
            title: 'A的机密需求',
            description: 'A机密描述',
            industry: 'PHOTOVOLTAIC',
            keywords: ['光伏'],
            minTrl: 5,
            budgetWan: 777,
            cooperationModes: ['LICENSE'],
            deadline: '2099-06-30',
            confidential: true,
            contact: 'A机密联系人',
          },
        ],
      }),
    );

    // What B reads through its accepted request: its own need, never A's confidential fields.
    const seenByB = ok(await ops.get(sent.id, rdB.token));
    expect(seenByB.need).toMatchObject({
      title: before.title,
      description: 'B的需求描述',
      budgetWan: 300,
      contact: 'B联系人',
    });
    expect(seenByB.contacts?.needContact).toBe('B联系人');
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      {
        file: 'needs.json',
        record: `${needB.key} (#0)`,
        field: 'orgKey',
        message: expect.stringContaining('another organization'),
      },
    ]);
    expect(await row('needs', needB.id)).toEqual(before);
    expect(await orgCount()).toBe(orgsBefore);
  });

  it("refuses an achievement record under another university's key, even when its organisation already exists", async () => {
    const otherUniversity = await f.org('UNIVERSITY');
    await t.db.transaction((em) =>
      em.query(`UPDATE organizations SET key = 'tenancy-u2' WHERE id = $1`, [otherUniversity]),
    );
    const mine = await f.achievement(officer, { title: '本校成果' });
    const before = await row('achievements', mine.id);
    const report = await importer.importDir(
      dataset({
        'achievements.json': [
          {
            key: mine.key,
            orgKey: 'tenancy-u2',
            title: '他校成果',
            summary: '摘要',
            industry: 'PHOTOVOLTAIC',
            keywords: ['光伏'],
            trl: 6,
            ip: [],
            cooperationModes: ['LICENSE'],
            askingPriceWan: 100,
            team: '团队',
            publishedAt: '2026-01-15',
          },
        ],
        'needs.json': [],
      }),
    );
    expect(report.problems).toEqual([
      {
        file: 'achievements.json',
        record: `${mine.key} (#0)`,
        field: 'orgKey',
        message: expect.stringContaining('another organization'),
      },
    ]);
    expect(await row('achievements', mine.id)).toEqual(before);
  });
});

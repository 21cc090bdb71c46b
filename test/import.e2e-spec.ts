import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogImporter } from '@app/catalog';
import { Factory } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const org = (key: string, kind: string) => ({ key, name: `机构-${key}`, kind, region: '浙江省嘉兴市' });
const achievement = (key: string, orgKey: string, extra: Record<string, unknown> = {}) => ({
  key,
  orgKey,
  title: `成果${key}`,
  summary: '摘要',
  industry: 'PHOTOVOLTAIC',
  keywords: ['光伏'],
  trl: 6,
  ip: [{ type: 'INVENTION_PATENT', number: 'ZL202310000001.1' }],
  cooperationModes: ['LICENSE'],
  askingPriceWan: 100,
  team: '团队',
  publishedAt: '2026-01-15',
  ...extra,
});
const need = (key: string, orgKey: string, extra: Record<string, unknown> = {}) => ({
  key,
  orgKey,
  title: `需求${key}`,
  description: '描述',
  industry: 'PHOTOVOLTAIC',
  keywords: ['光伏'],
  minTrl: 5,
  budgetWan: 200,
  cooperationModes: ['LICENSE'],
  deadline: '2027-06-30',
  confidential: false,
  ...extra,
});

function dataset(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('catalog import', () => {
  let t: TestApp;
  let importer: CatalogImporter;

  beforeAll(async () => {
    t = await startApp();
    importer = t.app.get(CatalogImporter);
  });
  afterAll(() => t.close());

  const counts = async () => {
    const [row] = await t.db.read((em) =>
      em.query(
        `SELECT (SELECT count(*) FROM organizations) o, (SELECT count(*) FROM achievements) a, (SELECT count(*) FROM needs) n`,
      ),
    );
    return { o: Number(row.o), a: Number(row.a), n: Number(row.n) };
  };

  it('refuses the whole import when any record is invalid, listing file, record and field of every problem', async () => {
    const before = await counts();
    const dir = dataset({
      'organizations.json': [org('u1', 'UNIVERSITY'), org('e1', 'ENTERPRISE')],
      'achievements.json': [
        achievement('A1', 'u1'),
        achievement('A2', 'u1', { trl: 12 }),
        achievement('A3', 'nowhere'),
        achievement('A4', 'e1'),
      ],
      'needs.json': [
        need('N1', 'e1'),
        need('N2', 'e1', { cooperationModes: ['BARTER'], deadline: 'soon' }),
        need('N1', 'e1'),
      ],
    });
    const report = await importer.importDir(dir);
    expect(report.ok).toBe(false);
    const lines = report.problems.map((p) => `${p.file} ${p.record} ${p.field}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'achievements.json A2 (#1) trl',
        'achievements.json A4 (#3) orgKey',
        'needs.json N2 (#1) cooperationModes',
        'needs.json N2 (#1) deadline',
        'needs.json N1 (#2) key',
      ]),
    );
    expect(report.problems.find((p) => p.record === 'A2 (#1)')?.message).toBe('trl must not be greater than 9');
    expect(await counts()).toEqual(before);
  });

  it('reports unknown organisation keys only after the file checks pass, and still writes nothing', async () => {
    const before = await counts();
    const report = await importer.importDir(
      dataset({
        'organizations.json': [org('u2', 'UNIVERSITY')],
        'achievements.json': [achievement('B1', 'u2'), achievement('B2', 'ghost')],
        'needs.json': [],
      }),
    );
    expect(report.problems).toEqual([
      { file: 'achievements.json', record: 'B2 (#1)', field: 'orgKey', message: 'orgKey ghost names no organization' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('broken JSON is reported by file', async () => {
    const report = await importer.importDir(dataset({ 'achievements.json': '[{', 'needs.json': [] }));
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({
      file: 'achievements.json',
      message: expect.stringContaining('not valid JSON'),
    });
  });

  it('imports, and a second run of the same files changes nothing; a changed record is updated', async () => {
    const files = {
      'organizations.json': [org('u3', 'UNIVERSITY'), org('e3', 'ENTERPRISE')],
      'achievements.json': [achievement('C1', 'u3'), achievement('C2', 'u3', { askingPriceWan: null })],
      'needs.json': [need('M1', 'e3', { confidential: true })],
    };
    const first = await importer.importDir(dataset(files));
    expect(first).toMatchObject({
      ok: true,
      organizations: { created: 2 },
      achievements: { created: 2 },
      needs: { created: 1 },
    });
    const audit = async () =>
      Number(
        (await t.db.read((em) => em.query(`SELECT count(*) c FROM audit_log WHERE entity_type <> 'IMPORT'`)))[0].c,
      );
    const versions = async () =>
      t.db.read((em) =>
        em.query(`SELECT key, version, updated_at FROM achievements WHERE key IN ('C1','C2') ORDER BY key`),
      );
    const [v1, a1] = [await versions(), await audit()];
    const second = await importer.importDir(dataset(files));
    expect(second).toMatchObject({
      ok: true,
      organizations: { created: 0, updated: 0, unchanged: 2 },
      achievements: { created: 0, updated: 0, unchanged: 2 },
      needs: { unchanged: 1 },
    });
    expect(await versions()).toEqual(v1);
    expect(await audit()).toBe(a1);
    const third = await importer.importDir(
      dataset({
        ...files,
        'achievements.json': [achievement('C1', 'u3', { trl: 7 }), achievement('C2', 'u3', { askingPriceWan: null })],
      }),
    );
    expect(third.achievements).toEqual({ created: 0, updated: 1, unchanged: 1 });
  });

  it('imported listings are searchable in the catalog by the people who may see them', async () => {
    const f = new Factory(t);
    const officer = await f.person('OFFICER');
    const res = await t.gql(
      `{ need(key: "M1") { teaser ownerLabel budgetWan } achievement(key: "C2") { askingPriceWan status listed } }`,
      {},
      officer.token,
    );
    expect(res.data).toEqual({
      need: { teaser: true, ownerLabel: '某光伏新能源企业', budgetWan: null },
      achievement: { askingPriceWan: null, status: 'PUBLISHED', listed: true },
    });
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogImporter } from '@app/catalog';
import { eventInput, EVENT_OPS } from './support/events';
import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

/** Required texts made only of spaces (ASCII, ideographic U+3000, line breaks) are refused everywhere, naming the field. */
describe('whitespace-only required texts', () => {
  let t: TestApp;
  let f: Factory;
  let rd: Person;
  let officer: Person;
  let coordinator: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    rd = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
    coordinator = await f.person('COORDINATOR');
  });
  afterAll(() => t.close());

  const expectBlank = (res: Awaited<ReturnType<TestApp['gql']>>, field: string) => {
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, message: expect.stringContaining('不能为空白') })]),
    );
  };

  it('updates: a need title of spaces is refused and the title stays', async () => {
    const need = await f.need(rd, { title: '原标题' });
    const res = await t.gql(
      `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { title } }`,
      { input: { id: need.id, version: need.version, title: '\u3000 ' } },
      rd.token,
    );
    expectBlank(res, 'title');
    const now = await t.gql(`query($id: ID!) { need(id: $id) { title version } }`, { id: need.id }, rd.token);
    expect(now.data?.need).toEqual({ title: '原标题', version: need.version });
  });

  it('creates: need description, event title, match-request message, organisation name', async () => {
    const needInput = {
      title: '需求',
      description: '   ',
      industry: 'PHOTOVOLTAIC',
      keywords: ['光伏'],
      cooperationModes: ['LICENSE'],
    };
    expectBlank(
      await t.gql(
        `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
        { input: { key: 'blank-need', ...needInput } },
        rd.token,
      ),
      'description',
    );
    expectBlank(await t.gql(EVENT_OPS.create, { input: eventInput({ title: ' \t ' }) }, coordinator.token), 'title');
    const a = await f.achievement(officer);
    expectBlank(
      await t.gql(
        `mutation($input: RequestMatchInput!) { requestMatch(input: $input) { id } }`,
        { input: { achievementId: a.id, message: '\n\n' } },
        rd.token,
      ),
      'message',
    );
    expectBlank(
      await t.gql(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
        { input: { name: '  ', kind: 'ENTERPRISE', region: '' } },
        await f.admin(),
      ),
      'name',
    );
  });

  it('imports: a record with a blank title is reported by file, record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blank-'));
    writeFileSync(
      join(dir, 'organizations.json'),
      JSON.stringify([{ key: 'blank-u', name: '空白大学', kind: 'UNIVERSITY', region: '' }]),
    );
    writeFileSync(
      join(dir, 'achievements.json'),
      JSON.stringify([
        {
          key: 'BL1',
          orgKey: 'blank-u',
          title: '\u3000',
          summary: '摘要',
          industry: 'PHOTOVOLTAIC',
          keywords: ['光伏'],
          trl: 5,
          ip: [],
          cooperationModes: ['LICENSE'],
          askingPriceWan: null,
          team: '',
          publishedAt: '2026-01-15',
        },
      ]),
    );
    writeFileSync(join(dir, 'needs.json'), '[]');
    const report = await t.app.get(CatalogImporter).importDir(dir);
    expect(report.problems).toEqual([
      { file: 'achievements.json', record: 'BL1 (#0)', field: 'title', message: 'title must not be blank' },
    ]);
  });
});

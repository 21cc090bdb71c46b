import { loadConfig } from '@app/core';
import { openDatabase, type OpenedDatabase } from './data-source';
import { analyzeUnanalyzedTables } from './embedded-statistics';

describe('analyzeUnanalyzedTables (embedded: no autovacuum)', () => {
  let opened: OpenedDatabase;
  const plan = (sql: string) =>
    opened.database.read(async (em) =>
      ((await em.query(`EXPLAIN ${sql}`)) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n'),
    );
  const PAGE = `SELECT a.id FROM achievements a WHERE a.status = 'PUBLISHED' AND (a.valid_until IS NULL OR a.valid_until >= '2026-01-01')
    ORDER BY a.created_at DESC, a.id DESC LIMIT 101`;

  beforeAll(async () => {
    opened = await openDatabase(loadConfig({ DATA_DIR: ':memory:', DATABASE_URL: '' }), [], 'spec');
    // A bulk import behind the server's back: 3,000 listings, most of them published.
    await opened.database.transaction(async (em) => {
      const [org] = await em.query(
        `INSERT INTO organizations (name, kind) VALUES ('统计测试大学', 'UNIVERSITY') RETURNING id`,
      );
      await em.query(
        `INSERT INTO achievements (key, org_id, title, summary, industry, keywords, trl, cooperation_modes, status, published_at, valid_until, created_at)
         SELECT 'K' || i, $1, '成果 ' || i, '', 'PHOTOVOLTAIC', '{}', 5, '{LICENSE}',
                CASE WHEN i % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, '2025-01-01', '2099-12-31',
                '2026-01-01'::timestamptz + i * interval '1 second'
         FROM generate_series(1, 3000) i`,
        [org.id],
      );
    });
  });
  afterAll(() => opened.close());

  it('analyses the tables that hold data and have no statistics, once', async () => {
    const analysed = await opened.database.transaction((em) => analyzeUnanalyzedTables(em.connection));
    expect(analysed).toEqual(expect.arrayContaining(['achievements', 'organizations']));
    expect(analysed).not.toContain('needs'); // empty: nothing to learn
    expect(await opened.database.transaction((em) => analyzeUnanalyzedTables(em.connection))).toEqual([]);
  });

  it('with statistics, a newest-first page reads the keyset index instead of sorting every published row', async () => {
    expect(await plan(PAGE)).toMatch(/Index Scan using achievements_keyset_idx/);
  });
});

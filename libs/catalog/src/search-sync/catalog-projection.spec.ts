import { loadConfig } from '@app/core';
import { openDatabase, type OpenedDatabase } from '@app/database';
import { listingIdPageSql } from './catalog-projection';

describe('listingIdPageSql', () => {
  let opened: OpenedDatabase;

  beforeAll(async () => {
    opened = await openDatabase(loadConfig({ DATA_DIR: ':memory:', DATABASE_URL: '' }), [], 'spec');
  });
  afterAll(() => opened.close());

  it.each(['achievements', 'needs'] as const)('reads %s along the primary key, without sorting', async (table) => {
    // The tables are empty, where reading them whole and sorting costs least; with plain index scans alone, the order
    // decides.
    const plan: { 'QUERY PLAN': string }[] = await opened.database.read(async (em) => {
      await em.query('SET enable_seqscan = off');
      await em.query('SET enable_bitmapscan = off');
      return em.query(`EXPLAIN ${listingIdPageSql(table)}`, ['00000000-0000-0000-0000-000000000000', 5000]);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(new RegExp(`Index (Only )?Scan using ${table}_pkey`));
    expect(text).not.toMatch(/Sort/);
  });
});

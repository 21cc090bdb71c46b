import { Column, Entity, PrimaryColumn } from 'typeorm';
import { loadConfig } from '@app/core';
import { openDatabase, type OpenedDatabase } from './data-source';
import { readInPages } from './read-in-pages';

@Entity('organizations')
class Org {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
}

describe('readInPages', () => {
  let opened: OpenedDatabase;

  beforeAll(async () => {
    opened = await openDatabase(loadConfig({ DATA_DIR: ':memory:', DATABASE_URL: '' }), [Org], 'spec');
    // Rows sharing one created_at (one statement), and rows microseconds apart: the keyset must keep both apart.
    await opened.database.transaction(async (em) => {
      await em.query(
        `INSERT INTO organizations (name, kind, created_at) SELECT 'same-' || i, 'UNIVERSITY', '2026-01-01T00:00:00Z' FROM generate_series(1, 7) i`,
      );
      await em.query(
        `INSERT INTO organizations (name, kind, created_at) SELECT 'micro-' || i, 'ENTERPRISE', '2026-01-01T00:00:00Z'::timestamptz + i * interval '1 microsecond' FROM generate_series(1, 6) i`,
      );
    });
  });
  afterAll(() => opened.close());

  it.each([1, 2, 5, 13, 100])('reads every row once, in (created_at, id) order, with pages of %i', async (pageSize) => {
    const expected: { id: string }[] = await opened.database.read((em) =>
      em.query(`SELECT id FROM organizations ORDER BY created_at, id`),
    );
    const rows = await opened.database.read((em) => readInPages(em.createQueryBuilder(Org, 'o'), 'o', pageSize));
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(rows).toHaveLength(13);
    expect(rows[0]).toBeInstanceOf(Org);
  });

  it('keeps the caller’s conditions on every page', async () => {
    const rows = await opened.database.read((em) =>
      readInPages(em.createQueryBuilder(Org, 'o').where('o.kind = :kind', { kind: 'ENTERPRISE' }), 'o', 4),
    );
    expect(rows.map((r) => r.name)).toEqual(['micro-1', 'micro-2', 'micro-3', 'micro-4', 'micro-5', 'micro-6']);
  });
});

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog's lists page newest first over (created_at, id): without an index in that order every page sorted all
 * visible listings (15k at 30k listings: ~35 ms on PGlite, the longest step of a 100-result query). With it, a page
 * reads its rows in order and stops.
 */
export class KeysetIndexes1765090000000 implements MigrationInterface {
  name = 'KeysetIndexes1765090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX achievements_keyset_idx ON achievements (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX needs_keyset_idx ON needs (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX needs_keyset_idx`);
    await q.query(`DROP INDEX achievements_keyset_idx`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listing keys are unique per organisation, not globally: with one global key space, `createNeed(key)` told an
 * outsider that another organisation's invisible draft used that key. Lookups by key alone keep an index.
 */
export class ListingKeysPerOrganization1765010000001 implements MigrationInterface {
  name = 'ListingKeysPerOrganization1765010000001';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['achievements', 'needs']) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_key_key`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_org_key_unique UNIQUE (org_id, key)`);
      await q.query(`CREATE INDEX ${table}_key_idx ON ${table}(key)`);
    }
  }

  /** Fails if two organisations have come to use the same key: rename one first. */
  async down(q: QueryRunner): Promise<void> {
    for (const table of ['achievements', 'needs']) {
      await q.query(`DROP INDEX ${table}_key_idx`);
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_org_key_unique`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_key_key UNIQUE (key)`);
    }
  }
}

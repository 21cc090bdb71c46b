import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each outbox row records the transaction that wrote it, like `search_changes`: a rebuild of the search index
 * then deletes exactly the rows whose change it already read (transactions finished before its snapshot) instead
 * of the relay re-indexing every imported listing once more. Rows already there take the migration's id, which is
 * older than any later rebuild, as their changes are.
 */
export class SearchOutboxTx1765070300000 implements MigrationInterface {
  name = 'SearchOutboxTx1765070300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_outbox ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX search_outbox_tx_idx ON search_outbox (tx)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_outbox_tx_idx`);
    await q.query(`ALTER TABLE search_outbox DROP COLUMN tx`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change log every process can follow. The outbox gives each change to one relay (right for one shared search
 * server, wrong for an index held in each process's memory): `search_changes` keeps every outbox insert, with the
 * id of the transaction that made it, for a while. A follower reads the changes of transactions older than the
 * oldest one still running (`pg_snapshot_xmin`), so a slow transaction's change can never slip behind its cursor;
 * a rebuild replays the changes made after its snapshot. `sweep_runs` lets one process claim a periodic sweep.
 */
export class SearchChanges1765060000000 implements MigrationInterface {
  name = 'SearchChanges1765060000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_changes (
        seq bigserial PRIMARY KEY,
        tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_changes_tx_idx ON search_changes (tx, seq)`);
    await q.query(`CREATE INDEX search_changes_created_idx ON search_changes (created_at)`);
    // Every way into the outbox (services, import, the expiry sweep, requeued dead letters) lands in the log too.
    await q.query(`
      CREATE FUNCTION search_outbox_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_changes (entity_type, entity_id) VALUES (NEW.entity_type, NEW.entity_id);
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER search_outbox_log_change AFTER INSERT ON search_outbox FOR EACH ROW EXECUTE FUNCTION search_outbox_log_change()`,
    );
    await q.query(
      `CREATE TABLE sweep_runs (name text PRIMARY KEY, period text NOT NULL, claimed_at timestamptz NOT NULL DEFAULT now())`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sweep_runs`);
    await q.query(`DROP TRIGGER search_outbox_log_change ON search_outbox`);
    await q.query(`DROP FUNCTION search_outbox_log_change()`);
    await q.query(`DROP TABLE search_changes`);
  }
}

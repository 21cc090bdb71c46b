import type { DataSource } from 'typeorm';

/**
 * The embedded database has no autovacuum, so a table is never analysed: the planner then guesses (68 rows for 14k
 * published achievements) and sorts a whole table where an index would read a page and stop. At start-up, before the
 * server listens, every table that holds data but has no statistics is analysed (after a bulk import: ~0.4 s at 30k
 * listings, once). Tables analysed before keep their statistics; the planner scales their row counts to the
 * table's current size. PostgreSQL's own autovacuum does this in production; this is for PGlite only.
 */
export async function analyzeUnanalyzedTables(dataSource: DataSource): Promise<string[]> {
  const tables: { relname: string }[] = await dataSource.query(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND pg_relation_size(c.oid) > 0
       AND NOT EXISTS (SELECT 1 FROM pg_statistic s WHERE s.starelid = c.oid)
     ORDER BY c.relname`,
  );
  for (const { relname } of tables) await dataSource.query(`ANALYZE "${relname.replace(/"/g, '""')}"`);
  return tables.map((t) => t.relname);
}

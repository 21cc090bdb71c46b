import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * PostgreSQL settings for the embedded database. Its default shared buffers (160 MB) are sized for a server of its
 * own; here they share one process with the API and the search index, and the operating system's file cache still
 * holds what falls out of them (measured on reopen: 316 MB resident with the default, 200 MB with 32 MB).
 */
export function embeddedPostgresConf(sharedBuffersMb: number): string {
  return `shared_buffers=${sharedBuffersMb}MB`;
}

/** Whether `dataDir` already holds a PostgreSQL cluster. */
export function clusterExists(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

/**
 * Creates the cluster (initdb) and closes it. Run in a worker thread on first start: initdb grows PGlite's
 * WebAssembly memory to ~750 MB, which a process never gives back, while a worker's is freed when it ends.
 */
export async function initEmbeddedCluster(input: { dataDir: string; postgresqlconf: string }): Promise<void> {
  const db = new PGlite({ dataDir: input.dataDir, postgresqlconf: input.postgresqlconf });
  await db.query('SELECT 1');
  await db.close();
}

/** The module a worker thread loads to run `initEmbeddedCluster` (`.ts` under Jest, `.js` in the build). */
export const EMBEDDED_INIT_MODULE = `${__dirname}/embedded-init${__filename.endsWith('.ts') ? '.ts' : '.js'}`;

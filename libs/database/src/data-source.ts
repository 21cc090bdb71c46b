import { join } from 'node:path';
import { DataSource, DataSourceOptions, EntitySchema } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { AppConfig, runInWorker } from '@app/core';
import { Database } from './database';
import { EMBEDDED_INIT_MODULE, clusterExists, embeddedPostgresConf } from './embedded-init';
import { EmbeddedLock } from './embedded-lock';
import { analyzeUnanalyzedTables } from './embedded-statistics';
import { MIGRATIONS } from './migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = (Function | EntitySchema)[];

export interface OpenedDatabase {
  database: Database;
  close(): Promise<void>;
}

/**
 * Opens PostgreSQL (DATABASE_URL) or the embedded PGlite under DATA_DIR, runs pending migrations
 * (never `synchronize`), and returns the serialising Database wrapper.
 */
export async function openDatabase(config: AppConfig, entities: EntityList, purpose = 'api'): Promise<OpenedDatabase> {
  const common = {
    entities,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: false,
  } as const;
  let options: DataSourceOptions;
  let lock: EmbeddedLock | null = null;
  if (config.databaseUrl) {
    options = { ...common, type: 'postgres', url: config.databaseUrl, extra: { max: 10 } };
  } else {
    if (!config.inMemory) {
      lock = new EmbeddedLock(config.dataDir);
      lock.acquire(purpose);
    }
    const dataDir = config.inMemory ? 'memory://' : join(config.dataDir, 'pgdata');
    const postgresqlconf = embeddedPostgresConf(config.embeddedSharedBuffersMb);
    if (!config.inMemory && !clusterExists(dataDir)) {
      try {
        await runInWorker(EMBEDDED_INIT_MODULE, 'initEmbeddedCluster', { dataDir, postgresqlconf });
      } catch (error) {
        lock?.release();
        throw error;
      }
    }
    // installExtensions=false: TypeORM's CREATE EXTENSION would crash PGlite; gen_random_uuid() is built in.
    options = {
      ...common,
      type: 'postgres',
      driver: new PGliteDriver({ dataDir, postgresqlconf }).driver,
      installExtensions: false,
    };
  }
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    if (!config.databaseUrl) await analyzeUnanalyzedTables(dataSource);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    lock?.release();
    throw error;
  }
  return {
    database: new Database(dataSource, !config.databaseUrl),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      lock?.release();
    },
  };
}

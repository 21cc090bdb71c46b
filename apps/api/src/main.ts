import './compile-cache'; // first: every module required after it is cached
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/core';
import { checkDatabase } from '@app/database';
import { BenchProbe } from './bench-probe';
import { createApp } from './bootstrap';
import { tightenHeapGrowth } from './heap-growth';

async function main(): Promise<void> {
  const probe = BenchProbe.fromEnv(); // XIUSHUI_BENCH=1 only: measures the event loop from the very start
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (config.databaseUrl) await checkDatabase(config.databaseUrl);
  const app = await createApp(config);
  await app.listen(config.port);
  tightenHeapGrowth(); // after start-up: loading the index runs at V8's default growth
  probe?.attach(app);
  console.log(
    `秀水科创联盟 API ready: http://localhost:${config.port}/graphql (${config.databaseUrl ? 'PostgreSQL' : `embedded, data in ${config.dataDir}`})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

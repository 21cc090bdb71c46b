import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { AppConfig, ConfigError, loadConfig } from '@app/core';
import { checkDatabase } from '@app/database';
import { CatalogImporter, ImportReport, SearchIndexService } from '@app/catalog';
import { ensureAppKey } from '@app/search';
import { Meilisearch } from 'meilisearch';
import { CliModule } from './cli.module';

const USAGE = `Usage: npm run cli -- <command>
  import <dir>   import organizations.json, achievements.json, needs.json (upsert by key; all or nothing)
  reindex        rebuild the search index from the database into a fresh index and swap it in
  meili-key      with MEILI_URL and MEILI_MASTER_KEY: make (or reuse) the app's scoped Meilisearch key and print it
                 as MEILI_API_KEY=… (search, documents, settings, tasks.get, indexes of MEILI_INDEX* only)`;

function printReport(report: ImportReport): void {
  if (!report.ok) {
    console.error(`Import refused: ${report.problems.length} problem(s); nothing was written.`);
    for (const p of report.problems) console.error(`  ${p.file}  ${p.record}  ${p.field}: ${p.message}`);
    return;
  }
  for (const kind of ['organizations', 'achievements', 'needs'] as const) {
    const c = report[kind];
    console.log(`${kind.padEnd(14)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}`);
  }
}

function progressLine(label: string, done: number, total?: number): void {
  process.stdout.write(`  ${label}: ${done}${total ? `/${total}` : ''}\r`);
}

async function runImport(app: INestApplicationContext, config: AppConfig, dir: string): Promise<number> {
  console.log(
    `Importing from ${dir} into ${config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`}`,
  );
  const report = await app.get(CatalogImporter).importDir(dir, null, (stage, done, total) => {
    progressLine(stage, done, total);
    if (done === total) process.stdout.write('\n');
  });
  printReport(report);
  return report.ok ? 0 : 1;
}

async function runReindex(app: INestApplicationContext): Promise<number> {
  const started = Date.now();
  const count = await app.get(SearchIndexService).reindex((p) => progressLine('indexed', p.indexed, p.total));
  console.log(`\nReindexed ${count} listings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

async function runMeiliKey(config: AppConfig): Promise<number> {
  if (!config.meiliUrl || !config.meiliMasterKey) {
    console.error('meili-key needs MEILI_URL and MEILI_MASTER_KEY');
    return 2;
  }
  const admin = new Meilisearch({ host: config.meiliUrl, apiKey: config.meiliMasterKey });
  const { key, created } = await ensureAppKey(admin, config.meiliIndex);
  console.error(created ? `Created the key for ${config.meiliIndex}*` : `The key for ${config.meiliIndex}* exists`);
  console.log(`MEILI_API_KEY=${key}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'meili-key' && args.length === 0) return runMeiliKey(loadConfig(process.env));
  const valid = (command === 'import' && args.length === 1) || (command === 'reindex' && args.length === 0);
  if (!valid) {
    console.error(USAGE);
    return 2;
  }
  // The CLI never loads demo data and never runs the background relay: the server does that.
  const config = loadConfig({ ...process.env, DEMO_DATA: '0', SEARCH_RELAY_POLL_MS: '0' });
  if (config.databaseUrl) await checkDatabase(config.databaseUrl);
  const app = await NestFactory.createApplicationContext(
    CliModule.register(config, { search: command === 'reindex' }),
    {
      logger: ['error', 'warn'],
      abortOnError: false,
    },
  );
  try {
    return command === 'import' ? await runImport(app, config, resolve(args[0])) : await runReindex(app);
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  });

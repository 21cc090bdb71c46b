import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '@app/core';
import { CatalogImporter, ImportReport } from '@app/catalog';
import { CliModule } from './cli.module';

const USAGE = `Usage: npm run cli -- <command>
  import <dir>   import organizations.json, achievements.json, needs.json (upsert by key; all or nothing)`;

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

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command !== 'import' || args.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig({ ...process.env, DEMO_DATA: '0' });
  const app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error', 'warn'], abortOnError: false });
  try {
    const dir = resolve(args[0]);
    console.log(`Importing from ${dir} into ${config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`}`);
    let last = '';
    const report = await app.get(CatalogImporter).importDir(dir, null, (stage, done, total) => {
      const line = `  ${stage}: ${done}/${total}`;
      if (line !== last) process.stdout.write(`${line}\r`);
      last = line;
      if (done === total) process.stdout.write('\n');
    });
    printReport(report);
    return report.ok ? 0 : 1;
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

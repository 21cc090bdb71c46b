/**
 * Search and matching quality on a judged dataset, through the product's own path:
 *
 *   npm run eval -- <dataset-dir> [<dataset-dir> …]
 *
 * Each dataset (organizations/achievements/needs[/queries/judgments].json) is imported with the catalog importer
 * into a throwaway in-memory embedded database, indexed by the search relay's projection into the configured
 * engine, then every query goes through CatalogSearchService and every need through MatchingService.
 * Prints per-query and per-need lines, then one JSON object as the LAST line.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Actor, loadConfig, Role } from '@app/core';
import { CatalogImporter, CatalogSearchService, NeedService, SearchSyncRelay } from '@app/catalog';
import { MatchingService } from '@app/matching';
import { summarize } from '@app/matching/eval';
import { linearGain, ndcgAt } from '@app/search/eval';
import { CliModule } from '../cli.module';

interface Query {
  query: string;
  kind: string;
  relevant: Record<string, number>;
}
interface Judgment {
  needKey: string;
  achievementKey: string;
  grade: number;
}

const read = <T>(dir: string, name: string): T => {
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
  } catch {
    return [] as unknown as T;
  }
};
const round = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

async function evaluate(dir: string): Promise<Record<string, unknown>> {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: ':memory:',
    DATABASE_URL: '',
    DEMO_DATA: '0',
    SEARCH_RELAY_POLL_MS: '0',
    LOG_LEVEL: 'error',
  });
  const app = await NestFactory.createApplicationContext(CliModule.register(config, { search: true, matching: true }), {
    logger: ['error'],
    abortOnError: false,
  });
  try {
    await app.init();
    const report = await app.get(CatalogImporter).importDir(dir);
    if (!report.ok) throw new Error(`dataset ${dir} is invalid: ${JSON.stringify(report.problems.slice(0, 3))}`);
    await app.get(SearchSyncRelay).drain();
    // The alliance's view: every listing the dataset holds is visible, confidential needs included.
    const actor: Actor = {
      userId: '00000000-0000-0000-0000-000000000000',
      orgId: '00000000-0000-0000-0000-000000000000',
      role: Role.COORDINATOR,
    };
    const out: Record<string, unknown> = { dataset: dir };

    const queries = read<Query[]>(dir, 'queries.json');
    if (queries.length) {
      const rows: { kind: string; exp: number; lin: number }[] = [];
      for (const q of queries) {
        const page = await app.get(CatalogSearchService).search(actor, { query: q.query, first: 10, offset: 0 });
        const ranking = page.hits.map((h) => h.key);
        const grades = new Map(Object.entries(q.relevant));
        rows.push({ kind: q.kind, exp: ndcgAt(ranking, grades, 10), lin: ndcgAt(ranking, grades, 10, linearGain) });
        console.log(
          `  search ${ndcgAt(ranking, grades, 10).toFixed(3)}  ${q.kind.padEnd(12)} ${q.query} → ${ranking.slice(0, 5).join(' ')}`,
        );
      }
      const byKind = (f: 'exp' | 'lin') =>
        Object.fromEntries(
          [...new Set(rows.map((r) => r.kind))].map((k) => [
            k,
            round(mean(rows.filter((r) => r.kind === k).map((r) => r[f]))),
          ]),
        );
      out.search = {
        ndcg10: round(mean(rows.map((r) => r.exp))),
        byKind: byKind('exp'),
        ndcg10LinearGain: round(mean(rows.map((r) => r.lin))),
        byKindLinearGain: byKind('lin'),
        queries: rows.length,
      };
    }

    const judgments = read<Judgment[]>(dir, 'judgments.json');
    if (judgments.length) {
      const needs = read<{ key: string }[]>(dir, 'needs.json');
      const runs = [];
      let ms = 0;
      for (const need of needs) {
        const grades = new Map(judgments.filter((j) => j.needKey === need.key).map((j) => [j.achievementKey, j.grade]));
        const view = await app.get(NeedService).get(actor, { key: need.key });
        const started = performance.now();
        const matches = await app.get(MatchingService).forNeed(actor, view.need.id, 10);
        ms += performance.now() - started;
        const ranking = matches.map((m) => m.achievement.key);
        runs.push({ ranking, grades });
        console.log(
          `  match  ${ndcgAt(ranking, grades, 10).toFixed(3)}  ${need.key} → ${ranking
            .slice(0, 5)
            .map((k) => `${k}:${grades.get(k) ?? 0}`)
            .join(' ')}`,
        );
      }
      out.matching = { ...summarize(runs), msPerNeed: round(ms / Math.max(1, runs.length)) };
    }
    return out;
  } finally {
    await app.close();
  }
}

async function main(dirs: string[]): Promise<void> {
  if (!dirs.length) {
    console.error(
      'Usage: npm run eval -- <dataset-dir> [<dataset-dir> …]   (e.g. fixtures/eval/sample fixtures/eval/sample-hard)',
    );
    process.exit(2);
  }
  const results = [];
  for (const dir of dirs) {
    console.log(`== ${dir}`);
    const result = await evaluate(resolve(dir));
    console.log(`   ${JSON.stringify(result)}`);
    results.push(result);
  }
  console.log(JSON.stringify(results.length === 1 ? results[0] : { datasets: results }));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

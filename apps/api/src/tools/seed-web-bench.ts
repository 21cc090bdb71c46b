/**
 * The catalog of the web search benchmark (apps/web/scripts/bench.mjs), in an embedded data folder:
 *
 *   node dist/tools/apps/api/src/tools/seed-web-bench.js --data-dir <empty folder> [--listings 30000] [--queries 50]
 *
 * Writes the generated listings (the search benchmark's generator) and their organisations into the folder's
 * database, rebuilds the search index through the product's projection, and prints on its LAST line, as JSON, the
 * query words to type: generic words of each industry's vocabulary, not titles or keywords of the generated items.
 * BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD from the environment create the administrator.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SearchIndexService } from '@app/catalog';
import { loadConfig } from '@app/core';
import { Database } from '@app/database';
import { generateListings } from '@app/search/eval';
import { isAllCjk, shippedVocabulary } from '@app/text-analysis';
import { createApp } from '../bootstrap';
import { argValue, seedCatalog } from './bench-support';

/** Short Chinese terms of each industry's vocabulary, taken in turn from every industry, spread over each list. */
export function industryWords(count: number): string[] {
  const lists = shippedVocabulary()
    .vocabularies.filter((v) => v.industry !== null)
    .map((v) => [...new Set(v.terms.filter((t) => t.length >= 2 && t.length <= 5 && isAllCjk(t)))]);
  const perList = Math.ceil(count / lists.length);
  const picked = lists.map((terms) =>
    Array.from({ length: Math.min(perList, terms.length) }, (_, i) => terms[Math.floor((i * terms.length) / perList)]),
  );
  const out: string[] = [];
  for (let i = 0; out.length < count && i < perList; i++) {
    for (const list of picked) if (list[i] && !out.includes(list[i]) && out.length < count) out.push(list[i]);
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--data-dir');
  if (at < 0 || !argv[at + 1]) throw new Error('--data-dir <folder> is required');
  const dataDir = resolve(argv[at + 1]);
  const listings = argValue(argv, 'listings', 30_000);
  const queries = industryWords(argValue(argv, 'queries', 50));
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    DEMO_DATA: '0',
    SEARCH_RELAY_POLL_MS: '0',
    LOG_LEVEL: 'error',
    NODE_ENV: 'development',
  });
  const app = await createApp(config);
  try {
    const started = performance.now();
    await seedCatalog(app.get(Database), generateListings(listings, 42));
    const indexed = await app.get(SearchIndexService).reindex();
    console.log(
      JSON.stringify({
        dataDir,
        listings: indexed,
        seedSeconds: Math.round((performance.now() - started) / 100) / 10,
        queries,
      }),
    );
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

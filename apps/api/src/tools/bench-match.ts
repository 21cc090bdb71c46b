/**
 * Matching speed through GraphQL over HTTP:
 *
 *   npm run bench:match -- [--achievements 100000] [--requests 200]
 *
 * Generates a catalog of achievements plus a few hundred needs, writes it to an in-memory embedded database,
 * indexes it through the product's projection, then times matchesForNeed over HTTP. JSON on the LAST line.
 */
import 'reflect-metadata';
import { SearchIndexService } from '@app/catalog';
import { Database } from '@app/database';
import type { SearchDocument } from '@app/search';
import { generateListings } from '@app/search/eval';
import { adminToken, argValue, gql, seedCatalog, startBenchServer, timeRequests } from './bench-support';

const QUERY = `query($id: ID!) { matchesForNeed(needId: $id, first: 10) { score achievement { key } reasons { factor message } } }`;

async function main(argv: string[]): Promise<void> {
  const achievements = argValue(argv, 'achievements', 100_000);
  const requests = argValue(argv, 'requests', 200);
  // The generator mixes kinds; keep drawing until there are enough achievements, and keep a few hundred needs.
  const pool = generateListings(Math.ceil(achievements / 0.65) + 1000, 42);
  const docs: SearchDocument[] = [
    ...pool
      .filter((d) => d.kind === 'ACHIEVEMENT')
      .slice(0, achievements)
      .map((d) => ({ ...d, status: 'PUBLISHED' })),
    ...pool
      .filter((d) => d.kind === 'NEED')
      .slice(0, 300)
      .map((d) => ({ ...d, status: 'OPEN', confidential: false })),
  ];
  const { app, url } = await startBenchServer();
  try {
    await seedCatalog(app.get(Database), docs);
    const started = performance.now();
    const indexed = await app.get(SearchIndexService).reindex();
    console.log(`indexed ${indexed} listings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const token = await adminToken(url);
    const needIds = docs.filter((d) => d.kind === 'NEED').map((d) => d.id);
    const inputs = Array.from({ length: requests + 20 }, (_, i) => needIds[i % needIds.length]);
    const stats = await timeRequests(inputs, 20, async (id) => {
      const res = await gql(url, QUERY, { id }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    });
    console.log(
      `matchesForNeed over HTTP at ${achievements} achievements: p50 ${stats.p50Ms} ms, p99 ${stats.p99Ms} ms over ${stats.count} requests`,
    );
    console.log(
      JSON.stringify({
        achievements,
        requests: stats.count,
        p50Ms: stats.p50Ms,
        p95Ms: stats.p95Ms,
        p99Ms: stats.p99Ms,
        meanMs: stats.meanMs,
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

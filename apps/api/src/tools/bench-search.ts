/**
 * Search speed, engine-only and through GraphQL over HTTP:
 *
 *   npm run bench:search -- [--listings 30000] [--queries 1000]
 *
 * Generates a realistic synthetic catalog, writes it to an in-memory embedded database, rebuilds the index through
 * the product's projection (database → documents → engine) to measure indexing throughput, then times the query
 * mix through the running server. JSON on the LAST line.
 */
import 'reflect-metadata';
import { SearchIndexService } from '@app/catalog';
import { Database } from '@app/database';
import { benchSearchEngine, generateListings, generateQueries } from '@app/search/eval';
import { adminToken, argValue, gql, seedCatalog, startBenchServer, timeRequests } from './bench-support';

const QUERY = `query($input: SearchInput!) { search(input: $input) { totalCount hits { key kind score } } }`;

async function main(argv: string[]): Promise<void> {
  const listings = argValue(argv, 'listings', 30_000);
  const queryCount = argValue(argv, 'queries', 1_000);

  const engineOnly = await benchSearchEngine({ documents: listings, queries: Math.max(queryCount, 1000) });
  console.log(
    `engine only: ${engineOnly.indexing.docsPerSecond} docs/s, search p50 ${engineOnly.search.p50Ms} ms, p99 ${engineOnly.search.p99Ms} ms`,
  );

  const { app, url } = await startBenchServer();
  try {
    const docs = generateListings(listings, 42);
    await seedCatalog(app.get(Database), docs);
    const started = performance.now();
    const indexed = await app.get(SearchIndexService).reindex();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `product reindex (database → projection → engine): ${indexed} listings in ${seconds.toFixed(1)} s = ${Math.round(indexed / seconds)} listings/s`,
    );

    const token = await adminToken(url);
    const queries = generateQueries(queryCount + 100, docs, 7);
    const http = await timeRequests(queries, 100, async (q) => {
      const input: Record<string, unknown> = { query: q.text, first: 10 };
      if (q.kinds) input.types = q.kinds;
      if (q.filtered)
        Object.assign(input, {
          trlMin: 4,
          cooperationModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
          facets: ['INDUSTRY', 'KIND', 'TRL'],
        });
      const res = await gql(url, QUERY, { input }, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    });
    console.log(`through GraphQL over HTTP: p50 ${http.p50Ms} ms, p99 ${http.p99Ms} ms over ${http.count} searches`);
    console.log(
      JSON.stringify({
        listings,
        engineOnly: {
          indexingDocsPerSecond: engineOnly.indexing.docsPerSecond,
          p50Ms: engineOnly.search.p50Ms,
          p99Ms: engineOnly.search.p99Ms,
        },
        productReindex: {
          listings: indexed,
          seconds: Math.round(seconds * 10) / 10,
          listingsPerSecond: Math.round(indexed / seconds),
        },
        http: { searches: http.count, p50Ms: http.p50Ms, p95Ms: http.p95Ms, p99Ms: http.p99Ms },
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

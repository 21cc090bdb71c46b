import { EmbeddedSearchEngine } from '../embedded/embedded-search-engine';
import type { SearchEngine } from '../search-engine';
import type { SearchQuery } from '../search.types';
import { type BenchQueryKind, generateListings, generateQueries } from './bench-corpus';
import { round } from './ndcg';

export interface SearchBenchOptions {
  /** Listings in the synthetic catalog (default 30,000). */
  documents?: number;
  /** Timed searches (default 2,000, after 200 warm-up searches). */
  queries?: number;
  /** Defaults to a fresh `EmbeddedSearchEngine`. */
  engine?: SearchEngine;
  seed?: number;
}

export interface LatencyStats {
  count: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

export interface SearchBenchResult {
  engine: string;
  documents: number;
  indexing: { ms: number; docsPerSecond: number; heapMb: number };
  search: LatencyStats & { byKind: Record<string, LatencyStats> };
}

export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0;
  return {
    count: sorted.length,
    p50Ms: round(at(0.5), 3),
    p95Ms: round(at(0.95), 3),
    p99Ms: round(at(0.99), 3),
    maxMs: round(at(1), 3),
    meanMs: round(mean, 3),
  };
}

function toQuery(q: { text: string; kinds?: ('ACHIEVEMENT' | 'NEED')[]; filtered: boolean }, i: number): SearchQuery {
  const query: SearchQuery = { text: q.text, kinds: q.kinds, limit: 20, highlight: i % 2 === 0 };
  if (q.filtered) {
    query.filters = { trlMin: 4, statuses: ['PUBLISHED', 'OPEN'], cooperationModes: ['LICENSE', 'JOINT_DEVELOPMENT'] };
    query.facets = ['industry', 'kind', 'cooperationModes', 'trl'];
    query.sort = i % 4 === 0 ? 'NEWEST' : 'RELEVANCE';
  }
  return query;
}

/**
 * Engine-only benchmark: indexes a synthetic catalog (reindex, as at start) and times a realistic query mix.
 * Returns plain JSON-able figures.
 */
export async function benchSearchEngine(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const n = options.documents ?? 30_000;
  const engine = options.engine ?? new EmbeddedSearchEngine();
  const docs = generateListings(n, options.seed ?? 42);
  await engine.init();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  await engine.reindex(docs);
  const indexMs = performance.now() - t0;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;

  const queries = generateQueries((options.queries ?? 2000) + 200, docs, (options.seed ?? 42) + 1);
  const samples: number[] = [];
  const byKind = new Map<BenchQueryKind, number[]>();
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i];
    const t = performance.now();
    await engine.search(toQuery(q, i));
    const ms = performance.now() - t;
    if (i < 200) continue; // warm-up: lazy tables, JIT
    samples.push(ms);
    const list = byKind.get(q.kind) ?? [];
    list.push(ms);
    byKind.set(q.kind, list);
  }
  return {
    engine: engine.name,
    documents: await engine.count(),
    indexing: { ms: round(indexMs, 1), docsPerSecond: Math.round(n / (indexMs / 1000)), heapMb: round(heapMb, 1) },
    search: { ...latencyStats(samples), byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, latencyStats(v)])) },
  };
}

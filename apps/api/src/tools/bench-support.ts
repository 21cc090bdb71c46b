import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@app/core';
import { Database } from '@app/database';
import type { SearchDocument } from '@app/search';
import { latencyStats, type LatencyStats } from '@app/search/eval';
import { createApp } from '../bootstrap';

export const BENCH_ADMIN = { email: 'bench@xiushui.local', password: 'bench-password-123' };

/** The real server on an in-memory embedded database, listening on a loopback port. */
export async function startBenchServer(): Promise<{ app: INestApplication; config: AppConfig; url: string }> {
  const config = loadConfig({
    ...process.env, DATA_DIR: ':memory:', DATABASE_URL: '', DEMO_DATA: '0', SEARCH_RELAY_POLL_MS: '0', LOG_LEVEL: 'error', NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, config, url: `http://127.0.0.1:${address.port}/graphql` };
}

/**
 * Writes generated listings straight into the tables in multi-row INSERTs (the importer's per-row checks would
 * make seeding 100k rows slower than the benchmark itself). Organisations: one university and one enterprise per
 * generated owner, so achievements and needs keep their kinds.
 */
export async function seedCatalog(db: Database, docs: SearchDocument[]): Promise<void> {
  const owners = [...new Set(docs.map((d) => d.orgId ?? 'anonymous'))];
  const orgRows = owners.flatMap((id, i) => [
    [`${id.slice(0, 24)}${String(i).padStart(12, '0')}`.slice(0, 36), `高校${i}`, 'UNIVERSITY'],
    [`${id.slice(0, 24)}${String(i + 500_000).padStart(12, '0')}`.slice(0, 36), `企业${i}`, 'ENTERPRISE'],
  ]);
  const uni = new Map(owners.map((id, i) => [id, orgRows[2 * i][0]]));
  const ent = new Map(owners.map((id, i) => [id, orgRows[2 * i + 1][0]]));
  await insertRows(db, 'organizations', ['id', 'name', 'kind', 'region'], orgRows.map(([id, name, kind]) => [id, name, kind, '浙江省嘉兴市']));
  const achievements = docs.filter((d) => d.kind === 'ACHIEVEMENT');
  const needs = docs.filter((d) => d.kind === 'NEED');
  await insertRows(
    db,
    'achievements',
    ['id', 'key', 'org_id', 'title', 'summary', 'industry', 'keywords', 'trl', 'cooperation_modes', 'asking_price_wan', 'status', 'published_at', 'valid_until'],
    achievements.map((d) => [d.id, d.key, uni.get(d.orgId ?? 'anonymous'), d.title, d.summary ?? '', d.industry, d.keywords, d.trl ?? 5, d.cooperationModes,
      d.priceWan ?? null, ['DRAFT', 'PUBLISHED', 'ARCHIVED'].includes(d.status) ? d.status : 'PUBLISHED', d.publishedAt.slice(0, 10), '2099-12-31']),
  );
  await insertRows(
    db,
    'needs',
    ['id', 'key', 'org_id', 'title', 'description', 'industry', 'keywords', 'min_trl', 'budget_wan', 'cooperation_modes', 'deadline', 'confidential', 'status'],
    needs.map((d) => [d.id, d.key, ent.get(d.orgId ?? 'anonymous'), d.title, d.summary ?? '', d.industry, d.keywords, d.minTrl ?? null, d.budgetWan ?? null,
      d.cooperationModes, '2099-12-31', d.confidential, ['DRAFT', 'OPEN', 'CLOSED'].includes(d.status) ? d.status : 'OPEN']),
  );
}

async function insertRows(db: Database, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const chunk = Math.floor(30_000 / columns.length);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values = part.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    await db.transaction((em) => em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, part.flat()));
  }
}

export interface GqlResponse {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

export async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GqlResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResponse;
}

export async function adminToken(url: string): Promise<string> {
  const res = await gql(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: BENCH_ADMIN });
  if (!res.data) throw new Error(`bench login failed: ${JSON.stringify(res.errors)}`);
  return (res.data.login as { accessToken: string }).accessToken;
}

/** Times `run` sequentially over the inputs after a warm-up; the HTTP client is in the same process (loopback). */
export async function timeRequests<T>(inputs: T[], warmUp: number, run: (input: T) => Promise<void>): Promise<LatencyStats> {
  for (const input of inputs.slice(0, warmUp)) await run(input);
  const samples: number[] = [];
  for (const input of inputs.slice(warmUp)) {
    const started = performance.now();
    await run(input);
    samples.push(performance.now() - started);
  }
  return latencyStats(samples);
}

export function argValue(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@app/core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Database } from '@app/database';
import type { SchedulingInstance } from '../../../../libs/events/src/scheduling';
import type { SearchDocument } from '@app/search';
import { latencyStats, type LatencyStats } from '@app/search/eval';
import { createApp } from '../bootstrap';

/**
 * How `npm start` runs the server, so a bench measures it as it is run: its environment settings (say
 * `MALLOC_ARENA_MAX=1`; the caller's own environment wins, to try another value) and Node's flags (say
 * `--liftoff-only`), then `BENCH_NODE_FLAGS` (say `--cpu-prof --cpu-prof-dir=/tmp/prof`, which NODE_OPTIONS refuses).
 */
export function serverLaunch(): { flags: string[]; env: Record<string, string> } {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.split(/\s+/).filter(Boolean);
  const settings = words
    .slice(0, Math.max(0, words.indexOf('node')))
    .map((word) => /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word));
  const env = Object.fromEntries(settings.flatMap((m) => (m && process.env[m[1]] === undefined ? [[m[1], m[2]]] : [])));
  const extra = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  return { flags: [...words.filter((arg) => arg.startsWith('--')), ...extra], env };
}

export const BENCH_ADMIN = { email: 'bench@xiushui.local', password: 'bench-password-123' };

/** The real server on an in-memory embedded database, listening on a loopback port. */
export async function startBenchServer(): Promise<{ app: INestApplication; config: AppConfig; url: string }> {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: ':memory:',
    DATABASE_URL: '',
    DEMO_DATA: '0',
    SEARCH_RELAY_POLL_MS: '0',
    LOG_LEVEL: 'error',
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
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
  await insertRows(
    db,
    'organizations',
    ['id', 'name', 'kind', 'region'],
    orgRows.map(([id, name, kind]) => [id, name, kind, '浙江省嘉兴市']),
  );
  const achievements = docs.filter((d) => d.kind === 'ACHIEVEMENT');
  const needs = docs.filter((d) => d.kind === 'NEED');
  await insertRows(
    db,
    'achievements',
    [
      'id',
      'key',
      'org_id',
      'title',
      'summary',
      'industry',
      'keywords',
      'trl',
      'cooperation_modes',
      'asking_price_wan',
      'status',
      'published_at',
      'valid_until',
    ],
    achievements.map((d) => [
      d.id,
      d.key,
      uni.get(d.orgId ?? 'anonymous'),
      d.title,
      d.summary ?? '',
      d.industry,
      d.keywords,
      d.trl ?? 5,
      d.cooperationModes,
      d.priceWan ?? null,
      ['DRAFT', 'PUBLISHED', 'ARCHIVED'].includes(d.status) ? d.status : 'PUBLISHED',
      d.publishedAt.slice(0, 10),
      '2099-12-31',
    ]),
  );
  await insertRows(
    db,
    'needs',
    [
      'id',
      'key',
      'org_id',
      'title',
      'description',
      'industry',
      'keywords',
      'min_trl',
      'budget_wan',
      'cooperation_modes',
      'deadline',
      'confidential',
      'status',
    ],
    needs.map((d) => [
      d.id,
      d.key,
      ent.get(d.orgId ?? 'anonymous'),
      d.title,
      d.summary ?? '',
      d.industry,
      d.keywords,
      d.minTrl ?? null,
      d.budgetWan ?? null,
      d.cooperationModes,
      '2099-12-31',
      d.confidential,
      ['DRAFT', 'OPEN', 'CLOSED'].includes(d.status) ? d.status : 'OPEN',
    ]),
  );
}

async function insertRows(db: Database, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const chunk = Math.floor(30_000 / columns.length);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values = part
      .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
      .join(', ');
    await db.transaction((em) =>
      em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, part.flat()),
    );
  }
}

/** An 800-participant event as stored by the app, from the shared scheduling instance. Returns the event id. */
export async function seedEvent(db: Database, instance: SchedulingInstance): Promise<string> {
  const shanghai = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(11, 16);
  const eventId = randomUUID();
  const slotIds = new Map(instance.slots.map((s) => [s.id, randomUUID()]));
  const people = new Map(instance.participants.map((p) => [p.id, { id: randomUUID(), org: randomUUID() }]));
  const date = (instance.slots[0].start ?? '2026-12-10').slice(0, 10);
  const rows = async (sql: (values: string) => string, width: number, data: unknown[][]) => {
    for (let i = 0; i < data.length; i += 1000) {
      const part = data.slice(i, i + 1000);
      const values = part
        .map((_, r) => `(${Array.from({ length: width }, (__, c) => `$${r * width + c + 1}`).join(', ')})`)
        .join(', ');
      await db.transaction((em) => em.query(sql(values), part.flat()));
    }
  };
  await db.transaction((em) =>
    em.query(
      `INSERT INTO events (id, title, date, registration_deadline, day_start, day_end, slot_minutes, status) VALUES ($1, '秀水对接会（压测）', $2, $2, '09:00', '17:00', 20, 'OPEN')`,
      [eventId, date],
    ),
  );
  await rows(
    (v) => `INSERT INTO event_slots (id, event_id, position, starts_at, ends_at) VALUES ${v}`,
    5,
    instance.slots.map((s, i) => [slotIds.get(s.id), eventId, i + 1, shanghai(s.start ?? ''), shanghai(s.end ?? '')]),
  );
  await rows(
    (v) => `INSERT INTO event_tables (event_id, name, capacity) VALUES ${v}`,
    3,
    instance.tables.map((t) => [eventId, typeof t === 'string' ? t : t.id, 4]),
  );
  await rows(
    (v) => `INSERT INTO organizations (id, name, kind, region) VALUES ${v}`,
    4,
    instance.participants.map((p, i) => [
      people.get(p.id)!.org,
      `参会单位${i + 1}`,
      i % 2 ? 'ENTERPRISE' : 'UNIVERSITY',
      '浙江省嘉兴市',
    ]),
  );
  await rows(
    (v) => `INSERT INTO event_participants (id, event_id, org_id, unavailable_slot_ids, max_meetings) VALUES ${v}`,
    5,
    instance.participants.map((p) => [
      people.get(p.id)!.id,
      eventId,
      people.get(p.id)!.org,
      p.unavailable.map((s) => slotIds.get(s)),
      p.maxMeetings,
    ]),
  );
  await rows(
    (v) =>
      `INSERT INTO meeting_requests (event_id, from_participant_id, to_participant_id, status, source, score) VALUES ${v}`,
    6,
    instance.requests.map((r) => [
      eventId,
      people.get(r.a)!.id,
      people.get(r.b)!.id,
      'ACCEPTED',
      'COORDINATOR',
      r.weight,
    ]),
  );
  return eventId;
}

export interface GqlResponse {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GqlResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResponse;
}

export async function adminToken(url: string): Promise<string> {
  const res = await gql(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: BENCH_ADMIN,
  });
  if (!res.data) throw new Error(`bench login failed: ${JSON.stringify(res.errors)}`);
  return (res.data.login as { accessToken: string }).accessToken;
}

/** Times `run` sequentially over the inputs after a warm-up; the HTTP client is in the same process (loopback). */
export async function timeRequests<T>(
  inputs: T[],
  warmUp: number,
  run: (input: T) => Promise<void>,
): Promise<LatencyStats> {
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

/**
 * Event-loop stalls of the built server, per scenario, measured inside (perf_hooks.monitorEventLoopDelay, through
 * the XIUSHUI_BENCH=1 probe) and from outside (a `{ __typename }` query every 50 ms, each timed to its answer):
 *
 *   npm run bench:stalls -- [--listings 30000] [--large] [--server dist/apps/api/apps/api/src/main.js]
 *
 * `--large` (or BENCH_LISTINGS=100000) uses 100k listings. The embedded mode always runs, in a fresh temporary data
 * folder; with DATABASE_URL set, PostgreSQL too, in a fresh database created beside the one named (and dropped
 * after). Scenarios: a bulk import (listings and their outbox rows written while the server is down) then the first
 * start until ready with the outbox drained; an in-process reindex; scheduleEvent on the 800-participant shared
 * instance (fixtures/scheduling/event-800p.json); 100-result queries. Standalone; JSON on the LAST stdout line.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@app/core';
import { openDatabase } from '@app/database';
import { generateListings, latencyStats } from '@app/search/eval';
import type { SchedulingInstance } from '../../../../libs/events/src/scheduling';
import { argValue, BENCH_ADMIN, gql, seedCatalog, seedEvent, serverLaunch } from './bench-support';
import { ProbeLink } from './probe-link';

const PORT = Number(process.env.BENCH_STALLS_PORT ?? 4101);
const PROBE_MS = 50;
const ROOT = resolve(__dirname, '../../../../../..'); // dist/tools/apps/api/src/tools → the repository

interface Probe {
  stop(): Promise<{ probes: number; failed: number; maxMs: number; p99Ms: number }>;
}

/** Sends `{ __typename }` every 50 ms without waiting for the previous answer; a stall shows as a slow answer. */
function probe(url: string): Probe {
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let failed = 0;
  const timer = setInterval(() => {
    const started = performance.now();
    const request = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    })
      .then(async (res) => {
        await res.text();
        if (res.ok) latencies.push(performance.now() - started);
        else failed++;
      })
      .catch(() => void failed++)
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  }, PROBE_MS);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      const stats = latencyStats(latencies.length ? latencies : [0]);
      return { probes: latencies.length, failed, maxMs: Math.round(Math.max(0, ...latencies)), p99Ms: stats.p99Ms };
    },
  };
}

/** The server as a child process, with the probe's line protocol on its stdin and stdout. */
class Server {
  private readonly child: ChildProcess;
  private readonly probe: ProbeLink;
  readonly url = `http://127.0.0.1:${PORT}/graphql`;

  constructor(entry: string, env: Record<string, string>) {
    const launch = serverLaunch();
    this.child = spawn(process.execPath, [...launch.flags, entry], {
      env: { ...launch.env, ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.probe = new ProbeLink(this.child);
  }

  /** The inside delay from process start until listening (null without a probe). */
  get beforeListening(): Record<string, unknown> | null {
    return this.probe.ready;
  }

  /** Asks the in-process probe; null when the server has none (an older build) or does not answer in time. */
  ask(command: string, timeoutMs?: number): Promise<Record<string, unknown> | null> {
    return this.probe.ask(command, timeoutMs);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once('exit', done));
    this.child.kill('SIGTERM');
    await exited;
  }

  get exited(): boolean {
    return this.child.exitCode !== null;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function readyStatus(): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${PORT}/health/ready`)).status;
  } catch {
    return 0;
  }
}

/** A fresh store per run: a temporary data folder, or a new database beside DATABASE_URL's. */
async function freshStore(
  mode: 'embedded' | 'postgres',
): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (mode === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'xiushui-stalls-'));
    const drop = (): Promise<void> => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
    return { env: { DATA_DIR: dir, DATABASE_URL: '' }, drop };
  }
  const base = new URL(process.env.DATABASE_URL as string);
  const name = `${base.pathname.slice(1)}_stalls_${process.pid}`;
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const client = new Client({ connectionString: base.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

async function measure<T>(
  server: Server,
  work: () => Promise<T>,
): Promise<{ result: T; inside: Record<string, unknown> | null; outside: Awaited<ReturnType<Probe['stop']>> }> {
  await server.ask('loop', 5_000); // starts the inside histogram over
  const outside = probe(server.url);
  const result = await work();
  const stats = await outside.stop();
  return { result, inside: await server.ask('loop', 5_000), outside: stats };
}

async function runMode(
  mode: 'embedded' | 'postgres',
  entry: string,
  listings: number,
): Promise<Record<string, unknown>> {
  const store = await freshStore(mode);
  const out: Record<string, unknown> = {};
  let server: Server | undefined;
  try {
    // The bulk import, written while the server is down: listings and one outbox row each, as the importer leaves.
    const seedStarted = performance.now();
    const config = loadConfig({ ...process.env, ...store.env, DEMO_DATA: '0', LOG_LEVEL: 'error' });
    const opened = await openDatabase(config, [], 'bench-stalls');
    const instance = JSON.parse(
      readFileSync(join(ROOT, 'fixtures/scheduling/event-800p.json'), 'utf8'),
    ) as SchedulingInstance;
    let eventId: string;
    try {
      await seedCatalog(opened.database, generateListings(listings, 42));
      await opened.database.transaction((em) =>
        em.query(
          `INSERT INTO search_outbox (entity_type, entity_id) SELECT 'ACHIEVEMENT', id FROM achievements UNION ALL SELECT 'NEED', id FROM needs`,
        ),
      );
      eventId = await seedEvent(opened.database, instance);
    } finally {
      await opened.close();
    }
    console.log(
      `${mode}: seeded ${listings} listings and an 800-participant event in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    // First start after the import: from spawn until ready and the outbox drained.
    const started = performance.now();
    server = new Server(entry, {
      ...store.env,
      PORT: String(PORT),
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      DEMO_DATA: '0',
      XIUSHUI_BENCH: '1',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
      BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
    });
    const outside = probe(server.url);
    let token = '';
    let readyMs = 0;
    for (;;) {
      if (server.exited) throw new Error(`${mode}: the server exited during start`);
      if (!readyMs && (await readyStatus()) === 200) readyMs = performance.now() - started;
      if (readyMs) {
        token ||= await gql(server.url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
          input: BENCH_ADMIN,
        }).then((res) => (res.data?.login as { accessToken: string } | undefined)?.accessToken ?? '');
        const status = await gql(server.url, `{ searchIndexStatus { pending } }`, {}, token);
        if ((status.data?.searchIndexStatus as { pending: number } | undefined)?.pending === 0) break;
      }
      if (performance.now() - started > 600_000)
        throw new Error(`${mode}: not ready with the outbox drained after 10 minutes`);
      await sleep(200);
    }
    const drainedMs = performance.now() - started;
    const startStats = await outside.stop();
    // inside: from listening until drained; beforeListening: from process start (loading, migrations, index build).
    out.startAfterImport = {
      readyMs: Math.round(readyMs),
      drainedMs: Math.round(drainedMs),
      inside: await server.ask('loop', 5_000),
      beforeListening: server.beforeListening,
      outside: startStats,
    };
    console.log(
      `${mode}: ready after ${(readyMs / 1000).toFixed(1)} s, outbox drained after ${(drainedMs / 1000).toFixed(1)} s`,
    );

    const reindex = await measure(server, () => server!.ask('reindex'));
    out.reindex = { ms: reindex.result?.ms ?? null, inside: reindex.inside, outside: reindex.outside };

    const scheduling = await measure(server, async () => {
      const t0 = performance.now();
      const res = await gql(
        server!.url,
        `mutation($id: ID!) { scheduleEvent(eventId: $id) { scheduled requests } }`,
        { id: eventId },
        token,
      );
      if (res.errors) throw new Error(`scheduleEvent: ${JSON.stringify(res.errors)}`);
      return {
        ms: Math.round(performance.now() - t0),
        ...(res.data?.scheduleEvent as object),
        optimum: instance.planted?.meetings,
      };
    });
    out.scheduleEvent = { ...scheduling.result, inside: scheduling.inside, outside: scheduling.outside };

    const HITS = `key score titleHighlight summaryHighlight achievement { key title trl organization { name } } need { key title }`;
    const queries = await measure(server, async () => {
      const samples: number[] = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        const [a, p1, p2] = await Promise.all([
          gql(
            server!.url,
            `{ achievements(first: 100) { edges { node { key title summary trl organization { name } } } } }`,
            {},
            token,
          ),
          gql(
            server!.url,
            `query($input: SearchInput!) { search(input: $input) { totalCount hits { ${HITS} } } }`,
            { input: { query: i % 2 ? '光伏' : '新材料 电池', first: 50, page: 1 } },
            token,
          ),
          gql(
            server!.url,
            `query($input: SearchInput!) { search(input: $input) { totalCount hits { ${HITS} } } }`,
            { input: { query: i % 2 ? '光伏' : '新材料 电池', first: 50, page: 2 } },
            token,
          ),
        ]);
        for (const res of [a, p1, p2]) if (res.errors) throw new Error(`query: ${JSON.stringify(res.errors)}`);
        samples.push(performance.now() - t0);
      }
      return latencyStats(samples);
    });
    out.query100 = {
      p50Ms: queries.result.p50Ms,
      maxMs: queries.result.maxMs,
      inside: queries.inside,
      outside: queries.outside,
    };
  } finally {
    await server?.stop();
    await store.drop();
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  const large = argv.includes('--large');
  const listings = large ? 100_000 : argValue(argv, 'listings', Number(process.env.BENCH_LISTINGS) || 30_000);
  const i = argv.indexOf('--server');
  const entry = resolve(i >= 0 ? argv[i + 1] : join(ROOT, 'dist/apps/api/apps/api/src/main.js'));
  const result: Record<string, unknown> = {
    listings,
    probeEveryMs: PROBE_MS,
    embedded: await runMode('embedded', entry, listings),
  };
  if (process.env.DATABASE_URL) result.postgres = await runMode('postgres', entry, listings);
  console.log(JSON.stringify(result));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

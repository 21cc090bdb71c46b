/**
 * The server as a whole, against a fresh build (`npm run build` first; `npm run bench:server` does):
 *
 *   npm run bench:server -- [--listings 30000,100000] [--seconds 8] [--parts demo,sizes,postgres,stalls]
 *
 * Starts the real server (dist main.js) as a child process on generated catalogs (demo, 30k, 100k listings) and
 * a bare graphql-http server beside it, and measures: time to ready (health/ready 200 and a search answered) on
 * the first start (index built) and on a restart (index loaded from the data folder), RSS, bytes per listing,
 * `{ __typename }` and `{ me { id } }` requests/s against the bare server's trivial query, searches at 10 and 50
 * connections (embedded PGlite, and PostgreSQL when DATABASE_URL is set — its tables are EMPTIED: use a throwaway
 * database), and what info-level request logging costs (the same server at info and at warn, switched through its
 * probe). Every case is interleaved in rounds so load swings of a shared machine hit them alike. Runs
 * `bench-stalls.js` beside it when built, and merges its last JSON line. Prints ONE JSON line last. Ports 4111–4112.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '@app/core';
import { Database } from '@app/database';
import { emptyPostgres } from '@app/database/testing';
import { generateListings, generateQueries } from '@app/search/eval';
import { createApp } from '../bootstrap';
import { BENCH_ADMIN, seedCatalog, serverLaunch } from './bench-support';
import { meanInterval95 } from './interval';
import { interleaved, summary } from './interleaved';
import { load } from './load-generator';
import { ProbeLink } from './probe-link';
import { round, rssMb, rssSampler, withCpu } from './process-figures';

const MAIN = resolve('dist/apps/api/apps/api/src/main.js');
const LAUNCH = serverLaunch();
const BARE = resolve(__dirname, 'bench-bare-server.js');
const STALLS = resolve(__dirname, 'bench-stalls.js');
/** `BENCH_SERVER_PORT` (4111) and the next: the server and the bare graphql-http server. */
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 4111);
const BARE_PORT = PORT + 1;
/**
 * Rounds of the logging measurement, each half of `--seconds` long and each from a full collection: pairs of rounds
 * still stray by ±2–3 %, so 10 pairs gave 95 % intervals ~3 points wide; 20 narrow that to ~2.
 */
const LOGGING_ROUNDS = 20;
const JWT_SECRET = 'bench-server-secret-bench-server-secret-0123';
/** The embedded runs ignore a DATABASE_URL of the caller's environment (that one is for the PostgreSQL run). */
const EMBEDDED = { DATABASE_URL: '' };
const SEARCH = `query($input: SearchInput!) { search(input: $input) { totalCount hits { key kind score } } }`;

interface Server {
  child: ChildProcess;
  url: string;
  readyMs: number;
  /** The in-process probe (XIUSHUI_BENCH=1 in the server's env), else null. */
  probe: ProbeLink | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/**
 * Starts the server and waits until health/ready says ok and a search is answered: ready time is the time to
 * health/ready plus one search's (the sign-in needed to search is not counted).
 */
async function startServer(env: Record<string, string>, port = PORT): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, [...LAUNCH.flags, MAIN], {
    env: {
      ...LAUNCH.env,
      ...process.env,
      PORT: String(port),
      NODE_ENV: 'production',
      JWT_SECRET,
      BOOTSTRAP_ADMIN_EMAIL: BENCH_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: BENCH_ADMIN.password,
      SEARCH_RELAY_POLL_MS: '500',
      ...env,
    },
    stdio: env.XIUSHUI_BENCH === '1' ? ['pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe'],
  });
  const probe = env.XIUSHUI_BENCH === '1' ? new ProbeLink(child) : null;
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    const ok = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      const healthMs = performance.now() - started;
      const auth = await token(`${base}/graphql`);
      const searched = performance.now();
      const res = await post(`${base}/graphql`, SEARCH, { input: { query: '光伏', first: 5 } }, auth);
      if (!res.data) throw new Error(`first search failed: ${JSON.stringify(res.errors)}`);
      return { child, url: `${base}/graphql`, readyMs: Math.round(healthMs + performance.now() - searched), probe };
    }
    if (performance.now() - started > 600_000) throw new Error('server not ready after 10 minutes');
    await sleep(50);
  }
}

async function stop(server: Server): Promise<void> {
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

async function startBare(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BARE, String(BARE_PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((r) => child.stdout?.once('data', () => r()));
  return child;
}

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

async function token(url: string): Promise<string> {
  const res = await post(url, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: BENCH_ADMIN,
  });
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return (res.data.login as { accessToken: string }).accessToken;
}

/** Writes generated listings into a database the server then starts on (an in-process app runs the migrations). */
async function seed(env: Record<string, string>, listings: number): Promise<void> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET,
    DEMO_DATA: '0',
    SEARCH_RELAY_POLL_MS: '0',
    LOG_LEVEL: 'error',
    SEARCH_INDEX_FILE: 'off',
    ...env,
  });
  const app = await createApp(config);
  try {
    await seedCatalog(app.get(Database), generateListings(listings, 42));
  } finally {
    await app.close();
  }
}

/**
 * Searches at 10 and then 50 connections (`full`), or at 10 alone: the load every catalog size is measured under,
 * so that their RSS figures compare.
 */
async function searchLoad(url: string, auth: string, listings: number, seconds: number, full = true) {
  const queries = generateQueries(500, generateListings(listings, 42), 7);
  const searchBody = (i: number) => {
    const q = queries[i % queries.length];
    const input: Record<string, unknown> = { query: q.text, first: 10 };
    if (q.kinds) input.types = q.kinds;
    return body(SEARCH, { input });
  };
  await load(url, { connections: 4, seconds: 2, body: searchBody, token: auth }); // warm-up
  const c10 = summary(await load(url, { connections: 10, seconds, body: searchBody, token: auth }));
  if (!full) return { c10 };
  return { c10, c50: summary(await load(url, { connections: 50, seconds, body: searchBody, token: auth })) };
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--listings');
  const sizes = (at >= 0 ? argv[at + 1] : '30000,100000').split(',').map(Number);
  const secondsAt = argv.indexOf('--seconds');
  const seconds = secondsAt >= 0 ? Number(argv[secondsAt + 1]) : 8;
  // `--parts demo,sizes,postgres,stalls` (all by default) runs a part alone while working on one figure.
  const partsAt = argv.indexOf('--parts');
  const parts = new Set((partsAt >= 0 ? argv[partsAt + 1] : 'demo,sizes,postgres,stalls').split(','));
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  const root = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const result: Record<string, unknown> = { node: process.version };
  const bare = await startBare();
  try {
    // Demo catalog: first start (loads the demo data, builds the index), then a restart; throughput and logging here.
    if (parts.has('demo')) await demoPart(root, seconds, result);
    if (parts.has('sizes')) await sizesPart(root, sizes, seconds, result);
    if (parts.has('postgres') && process.env.DATABASE_URL) await postgresPart(root, sizes[0], seconds, result);
  } finally {
    bare.kill();
    rmSync(root, { recursive: true, force: true });
  }
  if (parts.has('stalls') && existsSync(STALLS)) result.stalls = await stalls();
  console.log(JSON.stringify(result));
}

async function demoPart(root: string, seconds: number, result: Record<string, unknown>): Promise<void> {
  const demoDir = join(root, 'demo');
  let server = await startServer({ ...EMBEDDED, DATA_DIR: demoDir, DEMO_DATA: '1', LOG_LEVEL: 'warn' });
  const firstMs = server.readyMs;
  await stop(server);
  // Logging is measured in this one process, its level switched between rounds (through the probe): two processes
  // side by side differ by ~10 % of CPU per request even at the same level.
  server = await startServer({ ...EMBEDDED, DATA_DIR: demoDir, DEMO_DATA: '1', LOG_LEVEL: 'warn', XIUSHUI_BENCH: '1' });
  const level = async (name: string) => {
    const answer = await server.probe!.ask(`level ${name}`, 5_000);
    if (answer?.level !== name) throw new Error(`the server did not switch to ${name}: ${JSON.stringify(answer)}`);
  };
  const auth = await token(server.url);
  const rssUnderLoad = rssSampler(server.child.pid!);
  const bareUrl = `http://127.0.0.1:${BARE_PORT}/graphql`;
  const trivial = (i: number) => body(i % 2 ? '{ __typename }' : '{__typename}');
  const me = () => body('{ me { id } }');
  const onServer = (s: number) =>
    withCpu(server.child.pid!, () => load(server.url, { connections: 10, seconds: s, body: trivial }));
  const runs = await interleaved(
    {
      bare: (s: number) => load(bareUrl, { connections: 10, seconds: s, body: trivial }),
      typename: onServer,
      me: (s: number) => load(server.url, { connections: 10, seconds: s, body: me, token: auth }),
    },
    seconds,
  );
  // The same trivial query at info and at warn, alternating, each round from a full collection: a round of 3 s
  // promotes ~25 MB, and whether the old generation's collection fell in it made rounds stray by ±5 %.
  const fromCleanHeap = async (name: string, s: number) => {
    await level(name);
    if (!(await server.probe!.ask('gc', 30_000))) throw new Error('the server did not collect its garbage');
    return onServer(s);
  };
  // Not sampled: the forced collections would flatter the figure.
  rssUnderLoad.pause(true);
  const logging = await interleaved(
    {
      warn: (s: number) => fromCleanHeap('warn', s),
      info: (s: number) => fromCleanHeap('info', s),
    },
    (LOGGING_ROUNDS * seconds) / 2,
    LOGGING_ROUNDS,
  );
  await level('warn');
  rssUnderLoad.pause(false);
  // More load for the RSS samples, none of it after a forced collection: as long as the logging rounds took.
  await load(server.url, { connections: 10, seconds: (LOGGING_ROUNDS * seconds) / 2, body: trivial });
  await load(server.url, { connections: 10, seconds: (LOGGING_ROUNDS * seconds) / 2, body: me, token: auth });
  result.demo = {
    firstStartReadyMs: firstMs,
    restartReadyMs: server.readyMs,
    rssMb: rssMb(server.child.pid!),
    // Through the load (typename, me; not the logging rounds, each after a forced collection), every 250 ms.
    rssUnderLoad: rssUnderLoad.stop(),
  };
  result.throughput = {
    bare: runs.bare,
    typename: { ...runs.typename, ratio: round(runs.typename.rps / runs.bare.rps, 2) },
    me: { ...runs.me, ratio: round(runs.me.rps / runs.bare.rps, 2) },
  };
  const byRound = logging.info.cpuUsByRound!.map((us, i) => us / logging.warn.cpuUsByRound![i] - 1);
  const interval = meanInterval95(byRound);
  result.logging = {
    infoRps: logging.info.rps,
    warnRps: logging.warn.rps,
    cost: round(1 - logging.info.rps / logging.warn.rps, 3),
    // The same, as the server's CPU per request at info against at warn: what logging costs the server itself
    // (lines written to a pipe this bench reads, as a log shipper would).
    cpuCost: round(logging.info.cpuUsPerRequest! / logging.warn.cpuUsPerRequest! - 1, 3),
    infoCpuUsPerRequest: logging.info.cpuUsPerRequest,
    warnCpuUsPerRequest: logging.warn.cpuUsPerRequest,
    // Info against warn round by round (each pair back to back): how far one round's reading strays, and the 95 %
    // confidence interval of their mean.
    cpuCostByRound: byRound.map((x) => round(x, 3)),
    cpuCostInterval95: [round(interval.low, 3), round(interval.high, 3)],
  };
  await stop(server);
  console.error(JSON.stringify(result));
}

async function sizesPart(
  root: string,
  sizes: number[],
  seconds: number,
  result: Record<string, unknown>,
): Promise<void> {
  // RSS is sampled through a search load at every size: read once at ready, the 100k figure had two modes (~665 or
  // ~875 MB) by whether V8 had yet collected the garbage of loading.
  const rss: Record<number, number> = {};
  for (const listings of sizes) {
    const dir = join(root, `l${listings}`);
    await seed({ ...EMBEDDED, DATA_DIR: dir }, listings);
    let server = await startServer({ ...EMBEDDED, DATA_DIR: dir, DEMO_DATA: '0', LOG_LEVEL: 'warn' });
    const first = server.readyMs;
    await stop(server);
    server = await startServer({ ...EMBEDDED, DATA_DIR: dir, DEMO_DATA: '0', LOG_LEVEL: 'warn' });
    const entry: Record<string, unknown> = { firstStartReadyMs: first, restartReadyMs: server.readyMs };
    entry.rssAtReadyMb = rssMb(server.child.pid!);
    const sampler = rssSampler(server.child.pid!);
    entry.search = await searchLoad(server.url, await token(server.url), listings, seconds, listings === sizes[0]);
    const underLoad = sampler.stop();
    entry.rssUnderSearchMb = underLoad;
    entry.rssMb = rssMb(server.child.pid!);
    rss[listings] = underLoad.meanMb;
    await stop(server);
    result[`embedded${listings}`] = entry;
    console.error(JSON.stringify(result));
  }
  const [small, large] = sizes;
  // From the means through the search load.
  if (large) result.bytesPerListing = Math.round(((rss[large] - rss[small]) * 1024 * 1024) / (large - small));
}

async function postgresPart(
  root: string,
  listings: number,
  seconds: number,
  result: Record<string, unknown>,
): Promise<void> {
  const url = process.env.DATABASE_URL!;
  await emptyPostgres(url);
  const file = join(root, 'pg-index.bin');
  await seed({ DATABASE_URL: url }, listings);
  let server = await startServer({ DATABASE_URL: url, DEMO_DATA: '0', LOG_LEVEL: 'warn', SEARCH_INDEX_FILE: file });
  const first = server.readyMs;
  await stop(server);
  server = await startServer({ DATABASE_URL: url, DEMO_DATA: '0', LOG_LEVEL: 'warn', SEARCH_INDEX_FILE: file });
  result[`postgres${listings}`] = {
    firstStartReadyMs: first,
    restartReadyMs: server.readyMs,
    search: await searchLoad(server.url, await token(server.url), listings, seconds),
    rssMb: rssMb(server.child.pid!),
  };
  await stop(server);
}

/** Runs `bench-stalls.js` and returns its last JSON line. */
async function stalls(): Promise<unknown> {
  const child = spawn(process.execPath, [STALLS], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const last = out.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last);
  } catch {
    return { error: `bench-stalls exited ${code} without a JSON line` };
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

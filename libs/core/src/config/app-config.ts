import { join, resolve } from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Embedded mode keeps PGlite data and the lock file here. */
  dataDir: string;
  /** In-memory PGlite (tests); never set from the environment in production. */
  inMemory: boolean;
  databaseUrl?: string;
  /** null: generated once and kept in the database (app_secrets), so restarts and several processes agree. */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  bootstrapAdminEmail?: string;
  bootstrapAdminPassword?: string;
  demoData: boolean;
  meiliUrl?: string;
  /** The app's scoped key (`npm run cli -- meili-key` makes it); every request of the api and the CLI uses it. */
  meiliApiKey?: string;
  /** Only for `cli meili-key`, which makes the scoped key; the app never sends it. */
  meiliMasterKey?: string;
  meiliIndex: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** PostgreSQL shared buffers of the embedded database, in MB. */
  embeddedSharedBuffersMb: number;
  /** 1 in this many quick, successful requests gets a request line; failures and slow requests always do. */
  logRequestSample: number;
  /** Free failed sign-ins per (account, client address) before each further one waits, doubling. */
  loginMaxFailures: number;
  /** Failures are forgotten this long after the last one; also the longest wait. */
  loginWindowSeconds: number;
  /** Free failed sign-ins per client address over all accounts. */
  loginAddressMaxFailures: number;
  /** The first wait once the free failures are spent. */
  loginBaseDelaySeconds: number;
  /** Proxies in front of the server: X-Forwarded-For is read only this many hops deep (0 = the connection's address). */
  trustProxy: number;
  /** smtp:// or smtps:// with credentials; unset = every e-mail is written to the log instead (development). */
  smtpUrl?: string;
  /** Sender address; the alliance's name is the sender name. */
  mailFrom: string;
  /** Base of every link in e-mails (the web app), without a trailing slash. */
  publicUrl: string;
  /** How often the mail relay polls its outbox; 0 turns the loop off (tests drive it). */
  mailRelayPollMs: number;
  /** Temporary failures (4xx, connection) retried before a message is given up as FAILED. */
  mailMaxAttempts: number;
  /** How long a verified access token's user state (version, role, organisation, active) is cached. */
  tokenStateCacheMs: number;
  /** Failed index attempts before an outbox row becomes a dead letter. */
  searchMaxAttempts: number;
  /** How often the search relay polls the outbox; 0 turns the background loop off (tests drive it). */
  searchRelayPollMs: number;
  /**
   * Where the embedded engine keeps its index between starts (with the change position it covers); null: rebuilt
   * from the database at every start. Default `DATA_DIR/search-index.bin` in the embedded database mode.
   */
  searchIndexFile: string | null;
  /** Days a match request may stay unanswered before it expires. */
  matchRequestExpiryDays: number;
  /** How often the api sweeps overdue match requests; 0 turns the timer off (tests call expireOverdue). */
  matchExpirySweepMs: number;
  /** How often the api warns of expiring meeting requests and sends event-day reminders; 0 turns it off. */
  eventSweepMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')}, got ${parsed.protocol}`);
  }
  return raw;
}

function email(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) throw new ConfigError(name, 'must be an e-mail address');
  return raw.toLowerCase();
}

/** SEARCH_INDEX_FILE: a path, `off`, or unset (the data folder, unless the database is not kept there). */
function indexFile(env: Env, dataDir: string, noDataFolder: boolean): string | null {
  const raw = env.SEARCH_INDEX_FILE;
  if (raw === 'off') return null;
  if (raw) return resolve(raw);
  return noDataFolder ? null : join(dataDir, 'search-index.bin');
}

/** Reads and validates the whole configuration once; a bad value names its variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const dataDir = resolve(env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : './data');
  const inMemory = env.DATA_DIR === ':memory:';
  const jwtSecret = env.JWT_SECRET || null;
  if (jwtSecret !== null && jwtSecret.length < 32)
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  if (jwtSecret === null && nodeEnv === 'production')
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  const bootstrapAdminEmail = email(env, 'BOOTSTRAP_ADMIN_EMAIL');
  const bootstrapAdminPassword = env.BOOTSTRAP_ADMIN_PASSWORD || undefined;
  if (bootstrapAdminPassword !== undefined && bootstrapAdminPassword.length < 8) {
    throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD', 'must be at least 8 characters');
  }
  const meiliUrl = url(env, 'MEILI_URL', ['http:', 'https:']);
  const port = int(env, 'PORT', 3000, 0, 65535);
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']);
  if (!publicUrl && smtpUrl && nodeEnv === 'production')
    throw new ConfigError('PUBLIC_URL', 'is required when SMTP_URL is set in production (links in e-mails)');
  return {
    nodeEnv,
    port,
    dataDir,
    inMemory,
    databaseUrl,
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    bootstrapAdminEmail,
    bootstrapAdminPassword,
    demoData: oneOf(env, 'DEMO_DATA', ['0', '1'] as const, '1') === '1',
    meiliUrl,
    meiliApiKey: env.MEILI_API_KEY || undefined,
    meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
    meiliIndex: env.MEILI_INDEX || 'catalog',
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    embeddedSharedBuffersMb: int(env, 'EMBEDDED_SHARED_BUFFERS_MB', 32, 1, 4096),
    logRequestSample: int(env, 'LOG_REQUEST_SAMPLE', 10, 1, 1_000_000),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86400),
    loginAddressMaxFailures: int(env, 'LOGIN_ADDRESS_MAX_FAILURES', 50, 1, 100_000),
    loginBaseDelaySeconds: int(env, 'LOGIN_BASE_DELAY_SECONDS', 30, 1, 3600),
    trustProxy: int(env, 'TRUST_PROXY', 0, 0, 10),
    smtpUrl,
    mailFrom: email(env, 'MAIL_FROM') ?? 'noreply@xiushui.local',
    publicUrl: (publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    mailRelayPollMs: int(env, 'MAIL_RELAY_POLL_MS', nodeEnv === 'test' ? 0 : 1000, 0, 3_600_000),
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 100),
    tokenStateCacheMs: int(env, 'TOKEN_STATE_CACHE_MS', 5000, 0, 5000),
    searchMaxAttempts: int(env, 'SEARCH_MAX_ATTEMPTS', 8, 1, 100),
    searchRelayPollMs: int(env, 'SEARCH_RELAY_POLL_MS', 500, 0, 3_600_000),
    searchIndexFile: indexFile(env, dataDir, inMemory || !!databaseUrl),
    matchRequestExpiryDays: int(env, 'MATCH_REQUEST_EXPIRY_DAYS', 14, 1, 365),
    matchExpirySweepMs: int(env, 'MATCH_EXPIRY_SWEEP_MS', nodeEnv === 'test' ? 0 : 600_000, 0, 86_400_000),
    eventSweepMs: int(env, 'EVENT_SWEEP_MS', nodeEnv === 'test' ? 0 : 600_000, 0, 86_400_000),
  };
}

/** DI token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

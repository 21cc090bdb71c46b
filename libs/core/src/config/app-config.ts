import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Embedded mode keeps PGlite data, the JWT secret and the lock file here. */
  dataDir: string;
  /** In-memory PGlite (tests); never set from the environment in production. */
  inMemory: boolean;
  databaseUrl?: string;
  jwtSecret: string;
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
  loginMaxFailures: number;
  loginWindowSeconds: number;
  /** Failed index attempts before an outbox row becomes a dead letter. */
  searchMaxAttempts: number;
  /** How often the search relay polls the outbox; 0 turns the background loop off (tests drive it). */
  searchRelayPollMs: number;
  /** Days a match request may stay unanswered before it expires. */
  matchRequestExpiryDays: number;
  /** How often the api sweeps overdue match requests; 0 turns the timer off (tests call expireOverdue). */
  matchExpirySweepMs: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
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

/** The embedded mode generates a secret once and keeps it beside the data, so tokens survive restarts. */
function embeddedJwtSecret(dataDir: string, inMemory: boolean): string {
  if (inMemory) return randomBytes(32).toString('hex');
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Reads and validates the whole configuration once; a bad value names its variable. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const dataDir = resolve(env.DATA_DIR && env.DATA_DIR !== '' ? env.DATA_DIR : './data');
  const inMemory = env.DATA_DIR === ':memory:';
  let jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret !== '' && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  if (jwtSecret === '') {
    if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
    jwtSecret = embeddedJwtSecret(dataDir, inMemory || databaseUrl !== undefined);
  }
  const bootstrapAdminEmail = email(env, 'BOOTSTRAP_ADMIN_EMAIL');
  const bootstrapAdminPassword = env.BOOTSTRAP_ADMIN_PASSWORD || undefined;
  if (bootstrapAdminPassword !== undefined && bootstrapAdminPassword.length < 8) {
    throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD', 'must be at least 8 characters');
  }
  const meiliUrl = url(env, 'MEILI_URL', ['http:', 'https:']);
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 0, 65535),
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
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, nodeEnv === 'test' ? 'silent' : 'info'),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86400),
    searchMaxAttempts: int(env, 'SEARCH_MAX_ATTEMPTS', 8, 1, 100),
    searchRelayPollMs: int(env, 'SEARCH_RELAY_POLL_MS', 500, 0, 3_600_000),
    matchRequestExpiryDays: int(env, 'MATCH_REQUEST_EXPIRY_DAYS', 14, 1, 365),
    matchExpirySweepMs: int(env, 'MATCH_EXPIRY_SWEEP_MS', nodeEnv === 'test' ? 0 : 600_000, 0, 86_400_000),
  };
}

/** DI token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

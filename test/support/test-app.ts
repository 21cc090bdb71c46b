import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types';
import { AppConfig, loadConfig } from '@app/core';
import { Database } from '@app/database';
import { emptyPostgres } from '@app/database/testing';
import { SearchSyncRelay } from '@app/catalog';
import { MailRelay } from '@app/mail';
import type { AppOverrides } from '../../apps/api/src/app.module';
import { createApp } from '../../apps/api/src/bootstrap';

export const ADMIN = { email: 'admin@test.xiushui.cn', password: 'Admin-Passw0rd!' };

export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  db: Database;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  /** Like gql, read in a language: sends `Accept-Language`. */
  gqlIn<T = Record<string, any>>(
    lang: string,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  http(): ReturnType<typeof request>;
  /** Runs the search outbox relay until nothing is due (the background loop is off in tests). */
  syncSearch(): Promise<void>;
  /** One relay batch, whatever its outcome. */
  relayNow(): Promise<number>;
  /** Sends every due e-mail of the outbox (the mail relay's loop is off in tests). */
  drainMail(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real application on the suite's database: PostgreSQL when DATABASE_URL is set (tables emptied
 * first), otherwise embedded PGlite (in memory unless a DATA_DIR is given).
 */
export async function startApp(
  env: Record<string, string> = {},
  overrides: AppOverrides & { webDir?: string } = {},
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DEMO_DATA: '0',
    BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    DATA_DIR: ':memory:',
    SEARCH_RELAY_POLL_MS: '0',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...env,
  });
  if (config.databaseUrl && env.KEEP_DATA !== '1') await emptyPostgres(config.databaseUrl);
  const app = await createApp(config, overrides);
  const server = app.getHttpServer() as App;
  const gqlIn = async (
    lang: string,
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<any>> => {
    const req = request(server).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    if (lang) req.set('accept-language', lang);
    const res = await req.send({ query, variables });
    return res.body as GqlResult<any>;
  };
  return {
    app,
    config,
    db: app.get(Database),
    http: () => request(server),
    syncSearch: () => app.get(SearchSyncRelay).drain(),
    relayNow: () => app.get(SearchSyncRelay).runOnce(),
    drainMail: () => app.get(MailRelay).drain(),
    gql: (query, variables, token) => gqlIn('', query, variables, token),
    gqlIn,
    close: () => app.close(),
  };
}

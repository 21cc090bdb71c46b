import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { type AppConfig, configureCursorKey } from '@app/core';
import { JwtSecretStore } from '@app/identity';
import { AppModule, type AppOverrides } from './app.module';
import { validationPipe } from './graphql/validation';
import { webAppMiddleware } from './web/web-app';

/**
 * Security headers for the API and the single-page app served later from the same origin: scripts and styles from
 * the origin only (no inline script, no eval); inline styles are allowed because Ant Design injects its styles.
 * No upgrade-insecure-requests: an intranet deployment may serve plain HTTP.
 */
const HELMET: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
};

/** Builds the whole application; main.ts and the end-to-end tests share it. */
export async function createApp(config: AppConfig, overrides: AppOverrides & { webDir?: string } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, overrides), { bufferLogs: true, abortOnError: false });
  // The web app (npm run build:web) at / beside /graphql, when it was built.
  const web = webAppMiddleware({ dir: overrides.webDir ?? resolve('dist/web'), graphiql: config.nodeEnv !== 'production' });
  if (web) app.use(web);
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.use(helmet(HELMET));
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  await app.init();
  // Cursors are sealed with the JWT secret: the configured one, or the one generated once and kept in the database.
  configureCursorKey(config.jwtSecret ?? (await app.get(JwtSecretStore).load()));
  return app;
}

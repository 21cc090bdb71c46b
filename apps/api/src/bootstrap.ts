import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@app/core';
import type { SearchEngine } from '@app/search';
import { AppModule } from './app.module';
import { validationPipe } from './graphql/validation';
import { webAppMiddleware } from './web/web-app';

/** Builds the whole application; main.ts and the end-to-end tests share it. */
export async function createApp(config: AppConfig, overrides: { searchEngine?: SearchEngine; webDir?: string } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(config, overrides), { bufferLogs: true, abortOnError: false });
  // The web app (npm run build:web) at / beside /graphql, when it was built.
  const web = webAppMiddleware({ dir: overrides.webDir ?? resolve('dist/web'), graphiql: config.nodeEnv !== 'production' });
  if (web) app.use(web);
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  await app.init();
  return app;
}

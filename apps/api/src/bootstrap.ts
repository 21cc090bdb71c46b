import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { type AppConfig, configureCursorKey } from '@app/core';
import type { SearchEngine } from '@app/search';
import { AppModule } from './app.module';
import { validationPipe } from './graphql/validation';

/** Builds the whole application; main.ts and the end-to-end tests share it. */
export async function createApp(config: AppConfig, overrides: { searchEngine?: SearchEngine } = {}): Promise<INestApplication> {
  configureCursorKey(config.jwtSecret);
  const app = await NestFactory.create(AppModule.register(config, overrides), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  await app.init();
  return app;
}

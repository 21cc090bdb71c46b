import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@app/core';
import { AppModule, type AppOverrides } from './app.module';
import { validationPipe } from './graphql/validation';

/** Builds the whole application; main.ts and the end-to-end tests share it. */
export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.register(config, overrides), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(validationPipe);
  app.enableShutdownHooks();
  await app.init();
  return app;
}

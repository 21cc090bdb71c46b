import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { Database } from './database';
import { type EntityList, openDatabase, type OpenedDatabase } from './data-source';

const OPENED = Symbol('OPENED_DATABASE');

@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(OPENED) private readonly opened: OpenedDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.opened.close();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(entities: EntityList): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: OPENED, inject: [APP_CONFIG], useFactory: (config: AppConfig) => openDatabase(config, entities) },
        { provide: Database, inject: [OPENED], useFactory: (opened: OpenedDatabase) => opened.database },
        DatabaseCloser,
      ],
      exports: [Database],
    };
  }
}

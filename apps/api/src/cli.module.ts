import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { CATALOG_ENTITIES, CatalogModule } from '@app/catalog';
import { DatabaseModule } from '@app/database';
import { IDENTITY_ENTITIES } from '@app/identity';

/** The data layer without HTTP: what the command-line tools need. */
@Module({})
export class CliModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        { module: class CliConfigModule {}, global: true, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] },
        DatabaseModule.forRoot([...IDENTITY_ENTITIES, ...CATALOG_ENTITIES]),
        CatalogModule,
      ],
    };
  }
}

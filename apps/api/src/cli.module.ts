import { DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { CATALOG_ENTITIES, CatalogModule, CatalogSearchModule } from '@app/catalog';
import { SearchEngineModule } from './search/search-engine.module';
import { DatabaseModule } from '@app/database';
import { IDENTITY_ENTITIES } from '@app/identity';
import { MatchingModule } from '@app/matching';

/** The data layer without HTTP: what the command-line tools need. */
@Module({})
export class CliModule {
  static register(config: AppConfig, options: { search: boolean; matching?: boolean }): DynamicModule {
    return {
      module: CliModule,
      imports: [
        {
          module: class CliConfigModule {},
          global: true,
          providers: [{ provide: APP_CONFIG, useValue: config }],
          exports: [APP_CONFIG],
        },
        DatabaseModule.forRoot([...IDENTITY_ENTITIES, ...CATALOG_ENTITIES]),
        CatalogModule,
        ...(options.search ? [SearchEngineModule.register(config), CatalogSearchModule] : []),
        ...(options.search && options.matching ? [MatchingModule] : []),
      ],
    };
  }
}

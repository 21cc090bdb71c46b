import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import type { AppConfig } from '@app/core';
import { EmbeddedSearchEngine, MeilisearchSearchEngine, SearchEngine } from '@app/search';

/** Meilisearch when MEILI_URL is set, else the in-process engine; tests may hand in their own instance. */
export function createSearchEngine(config: AppConfig): SearchEngine {
  if (config.meiliUrl) {
    new Logger('SearchEngine').log(`Using Meilisearch at ${config.meiliUrl}, index ${config.meiliIndex}`);
    return new MeilisearchSearchEngine({
      url: config.meiliUrl,
      apiKey: config.meiliApiKey,
      indexName: config.meiliIndex,
    });
  }
  return new EmbeddedSearchEngine({ analysisWorker: true });
}

@Global()
@Module({})
export class SearchEngineModule {
  static register(config: AppConfig, engine?: SearchEngine): DynamicModule {
    return {
      module: SearchEngineModule,
      providers: [{ provide: SearchEngine, useFactory: () => engine ?? createSearchEngine(config) }],
      exports: [SearchEngine],
    };
  }
}

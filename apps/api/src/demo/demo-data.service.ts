import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { CatalogImporter } from '@app/catalog';
import { Database } from '@app/database';

/** Finds fixtures/<name> by walking up from this file, so it works from src (tests) and dist alike. */
export function findFixture(name: string): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'fixtures', name);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`fixtures/${name} not found above ${__dirname}`);
}

/** Loads the alliance's demo catalog into an empty database (DEMO_DATA=0 turns this off). */
@Injectable()
export class DemoDataService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly importer: CatalogImporter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    const [{ count }] = await this.db.read((em) =>
      em.query(`SELECT (SELECT count(*) FROM achievements) + (SELECT count(*) FROM needs) AS count`),
    );
    if (Number(count) > 0) return;
    const report = await this.importer.importDir(findFixture('demo'));
    if (!report.ok) throw new Error(`Demo data is invalid: ${JSON.stringify(report.problems.slice(0, 5))}`);
    this.logger.log(`Demo data loaded: ${report.achievements.created} achievements, ${report.needs.created} needs`);
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { Database } from '@app/database';
import { SearchEngine } from '@app/search';
import { today } from '../domain/visibility';
import { CatalogProjection } from './catalog-projection';
import { OutboxRepository, OutboxRow } from './outbox.repository';

/** Capped exponential backoff: 2 s, 4 s, 8 s … at most 5 minutes. */
export const backoffSeconds = (attempts: number): number => Math.min(2 ** attempts, 300);

/**
 * Moves catalog changes into the search engine. Each outbox row names a listing; the relay re-reads its current
 * state and upserts the whole document, so replays and reordering are harmless. Rows are deleted only after the
 * engine confirmed; failures retry with backoff and end in the dead-letter table after `searchMaxAttempts`.
 */
@Injectable()
export class SearchSyncRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchSyncRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private lastSweep = '';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly engine: SearchEngine,
    private readonly outbox: OutboxRepository,
    private readonly projection: CatalogProjection,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.engine.init();
      // An empty index (the embedded engine after every start, or a new Meilisearch) is rebuilt from the database.
      if ((await this.engine.count()) === 0) await this.engine.reindex(this.projection.allDocuments(500));
    } catch (error) {
      this.logger.warn(`Search engine ${this.engine.name} unavailable at start (${(error as Error).message}); catalog writes queue until it returns`);
    }
    if (this.config.searchRelayPollMs > 0) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running.catch(() => undefined);
  }

  /** Processes one batch; returns how many outbox rows it claimed. */
  async runOnce(leaseSeconds = 30, batchSize = 200): Promise<number> {
    const day = today();
    if (day !== this.lastSweep) {
      await this.db.transaction((em) => this.outbox.enqueueRecentlyExpired(em, day));
      this.lastSweep = day;
    }
    const rows = await this.db.transaction((em) => this.outbox.claim(em, batchSize, leaseSeconds));
    if (!rows.length) return 0;
    try {
      const { upserts, removals } = await this.projection.documentsFor(rows);
      if (upserts.length) await this.engine.upsert(upserts);
      if (removals.length) await this.engine.remove(removals);
      await this.db.transaction((em) => this.outbox.complete(em, rows));
    } catch (error) {
      await this.fail(rows, error as Error);
    }
    return rows.length;
  }

  /** Runs batches until nothing is due (tests, the CLI, and catching up after an outage). */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0) {
      // keep going
    }
  }

  private async fail(rows: OutboxRow[], error: Error): Promise<void> {
    const message = `${this.engine.name}: ${error.message}`;
    const dead = rows.filter((r) => r.attempts >= this.config.searchMaxAttempts);
    const retry = rows.filter((r) => r.attempts < this.config.searchMaxAttempts);
    await this.db.transaction(async (em) => {
      if (retry.length) await this.outbox.retryLater(em, retry, message, backoffSeconds);
      if (dead.length) await this.outbox.moveToDeadLetters(em, dead, message);
    });
    this.logger.warn(`Search sync failed for ${rows.length} listing(s), ${dead.length} to dead letters: ${message}`);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((error: Error) => this.logger.error(`Search relay: ${error.message}`))
        .finally(() => this.schedule());
    }, this.config.searchRelayPollMs);
    this.timer.unref();
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, yieldToEventLoop } from '@app/core';
import { claimSweep, Database, Mutex } from '@app/database';
import { ReindexProgress, SearchEngine, SearchRejectedError } from '@app/search';
import { today } from '../domain/visibility';
import { CatalogProjection } from './catalog-projection';
import { ChangeCursor, ChangeLogRepository } from './change-log.repository';
import { IndexSnapshots } from './index-snapshots';
import { OutboxRepository, OutboxRow } from './outbox.repository';

/** Capped exponential backoff: 2 s, 4 s, 8 s … at most 5 minutes (attempts are not limited for transient errors). */
export const backoffSeconds = (attempts: number): number => Math.min(2 ** Math.min(attempts, 30), 300);

/** How long the change log keeps a change; a follower that was away longer rebuilds its index instead. */
export const CHANGE_RETENTION_HOURS = 48;

/** Outbox rows deleted per statement after a rebuild; a statement stays short so requests are served between. */
export const CLEAR_BATCH = 1000;

/** Listings read from the database per page while rebuilding: one page is one short unit of work. */
export const REBUILD_PAGE = 250;

/**
 * Moves catalog changes into the search engine; every change names a listing, and the relay re-reads its current
 * state and writes the whole document, so replays and reordering are harmless.
 *
 * - A `shared` engine (one Meilisearch for all processes) is fed from the outbox: rows are claimed with a lease by
 *   one relay, deleted only after the engine confirmed, retried with capped backoff while the engine is
 *   unreachable, dead letters only for documents the engine rejects.
 * - A `process` engine (the embedded index in each process's memory) follows the change log instead: every
 *   process reads every change from its own cursor, so a write through process A becomes searchable in process B.
 *   Outbox rows are then only cleared.
 */
@Injectable()
export class SearchSyncRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchSyncRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private lastSweep = '';
  /** Process engines: where this process stands in the change log (null until its index was built). */
  private cursor: ChangeCursor | null = null;
  private caughtUpAt = 0;
  /** One follower step at a time: an older read applied after a newer one would leave a stale document. */
  private readonly follow = new Mutex();
  /** Shared engines: verified and compared with the database; writes wait in the outbox until then. */
  private started = false;
  private nextStartAt = 0;
  private startDelayMs = 1000;
  /** A drain ran to the end since start: the backlog (say a bulk import's outbox rows) is behind us. */
  private drained = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly engine: SearchEngine,
    private readonly outbox: OutboxRepository,
    private readonly changes: ChangeLogRepository,
    private readonly projection: CatalogProjection,
  ) {
    this.snapshots = new IndexSnapshots(config.searchIndexFile, engine, db, changes, this, this.logger);
  }

  private readonly snapshots: IndexSnapshots;

  /** True when this process keeps its own index and must apply every change itself. */
  get follows(): boolean {
    return this.engine.scope === 'process';
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.follows) {
      try {
        await this.engine.init();
        await this.follow.run(async () => {
          if (!(await this.snapshots.load())) await this.rebuildAndFollow();
          await this.reconcile();
        });
        this.snapshots.saveInBackground();
      } catch (error) {
        this.logger.warn(
          `Search engine ${this.engine.name} failed at start (${(error as Error).message}); the relay rebuilds it`,
        );
      }
    } else {
      await this.startUp();
    }
    if (this.config.searchRelayPollMs > 0) this.schedule();
  }

  /**
   * A shared engine is used only once it is up and verified: the index created explicitly with its settings read
   * back, then compared with the database (document count) and rebuilt when they differ. Until then catalog
   * writes wait in the outbox and every relay run retries, with a backoff from 1 s to 1 minute. Returns whether
   * the engine is ready.
   */
  async startUp(): Promise<boolean> {
    if (this.started) return true;
    try {
      await this.engine.init();
      const [indexed, listings] = [await this.engine.count(), await this.projection.countAll()];
      if (indexed === 0 && listings > 0) {
        this.logger.warn(`Search index is empty, the catalog holds ${listings} listings: rebuilding`);
        await this.rebuild();
      } else {
        await this.reconcile();
      }
      this.started = true;
      this.startDelayMs = 1000;
    } catch (error) {
      this.nextStartAt = Date.now() + this.startDelayMs;
      this.logger.warn(
        `Search engine ${this.engine.name} not ready (${(error as Error).message}); retry in ${this.startDelayMs / 1000} s, catalog writes queue meanwhile`,
      );
      this.startDelayMs = Math.min(this.startDelayMs * 2, 60_000);
    }
    return this.started;
  }

  /**
   * Rebuilds the index from the database and replays every change made after the rebuild's snapshot: a shared
   * engine gets those listings back through the outbox (whichever process made the write), a process engine
   * re-reads them from the change log. Resolves with the number of documents indexed.
   */
  async rebuild(onProgress?: (progress: ReindexProgress) => void): Promise<number> {
    const since = await this.db.read((em) => this.changes.start(em));
    const indexed = await this.engine.reindex(this.projection.allDocuments(REBUILD_PAGE), onProgress);
    if (this.follows) await this.rewind(since);
    else await this.db.transaction((em) => this.changes.requeueSince(em, since));
    await this.clearCovered(since);
    return indexed;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running.catch(() => undefined);
    if (this.follows && this.cursor)
      await this.snapshots
        .saveIfChanged()
        .catch((error: Error) => this.logger.warn(`Search index not saved: ${error.message}`));
  }

  /**
   * Compares the index's ids with the catalog's and repairs the difference: listings missing from the index are
   * indexed, documents of listings that no longer exist are removed. The index's ids are read first, so a listing
   * created meanwhile is at worst indexed twice (a replace), never removed. Returns how many were repaired.
   */
  async reconcile(): Promise<number> {
    const indexed = new Set(await this.engine.ids());
    const listed = await this.projection.allIds();
    const missing = listed.filter((row) => !indexed.has(row.entity_id));
    for (const row of listed) indexed.delete(row.entity_id);
    const extra = [...indexed];
    for (let i = 0; i < missing.length; i += 500) {
      const { upserts, removals } = await this.projection.documentsFor(missing.slice(i, i + 500));
      if (upserts.length) await this.engine.upsert(upserts);
      if (removals.length) await this.engine.remove(removals);
    }
    if (extra.length) await this.engine.remove(extra);
    if (missing.length || extra.length) {
      this.logger.warn(
        `Search index differed from the catalog: ${missing.length} listing(s) indexed, ${extra.length} document(s) removed`,
      );
      this.snapshots.changed();
    }
    return missing.length + extra.length;
  }

  /** Processes one batch; returns how many changes it handled (0: nothing was due). */
  async runOnce(leaseSeconds = 30, batchSize = 200): Promise<number> {
    await this.dailySweep();
    if (this.follows) return this.follow.run(() => this.followOnce(batchSize));
    if (!this.started && (Date.now() < this.nextStartAt || !(await this.startUp()))) return 0;
    const rows = await this.db.transaction((em) => this.outbox.claim(em, batchSize, leaseSeconds), {
      wrote: (claimed) => claimed.length > 0,
    });
    if (!rows.length) return 0;
    try {
      await this.apply(rows);
    } catch (error) {
      // The engine refused some document of the batch: find which, so the others are not held back with it.
      if (error instanceof SearchRejectedError && new Set(rows.map((r) => r.entity_id)).size > 1)
        await this.oneByOne(rows);
      else await this.fail(rows, error as Error);
    }
    return rows.length;
  }

  private async apply(rows: OutboxRow[]): Promise<void> {
    const { upserts, removals } = await this.projection.documentsFor(rows);
    if (upserts.length) await this.engine.upsert(upserts);
    if (removals.length) await this.engine.remove(removals);
    await this.db.transaction((em) => this.outbox.complete(em, rows));
  }

  private async oneByOne(rows: OutboxRow[]): Promise<void> {
    const byListing = new Map<string, OutboxRow[]>();
    for (const row of rows) byListing.set(row.entity_id, [...(byListing.get(row.entity_id) ?? []), row]);
    for (const listing of byListing.values()) {
      try {
        await this.apply(listing);
      } catch (error) {
        await this.fail(listing, error as Error);
      }
    }
  }

  /**
   * Runs batches until nothing is due (the poll loop, tests, the CLI, catching up after an outage), letting the
   * event loop serve requests between batches.
   */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0) await yieldToEventLoop();
    this.drained = true;
  }

  /**
   * Whether searches answer from a current index: built or loaded and caught up (process engine) or verified (shared
   * engine), and — when
   * the poll loop runs — its first drain done, so a start after a bulk import is not reported ready while the
   * backlog is still being worked through.
   */
  get ready(): boolean {
    const built = this.follows ? this.cursor !== null : this.started;
    return built && (this.drained || this.config.searchRelayPollMs === 0);
  }

  /**
   * Deletes the outbox rows a rebuild that read the catalog after `since` already covers (a bulk import leaves one
   * per listing), a batch at a time with the event loop served in between.
   */
  private async clearCovered(since: ChangeCursor): Promise<void> {
    while ((await this.db.transaction((em) => this.outbox.clearCovered(em, since.tx, CLEAR_BATCH))) > 0)
      await yieldToEventLoop();
  }

  /** Rewinds a follower so it re-applies every change from `cursor` on (after a rebuild of its index). */
  rewind(cursor: ChangeCursor): Promise<void> {
    return this.follow.run(async () => {
      if (
        this.cursor &&
        (BigInt(cursor.tx) < BigInt(this.cursor.tx) ||
          (cursor.tx === this.cursor.tx && BigInt(cursor.seq) < BigInt(this.cursor.seq)))
      ) {
        this.cursor = cursor;
      }
    });
  }

  /** Builds the index from the database, then follows every change not in that snapshot. */
  private async rebuildAndFollow(): Promise<void> {
    const cursor = await this.db.read((em) => this.changes.start(em));
    await this.engine.reindex(this.projection.allDocuments(REBUILD_PAGE));
    this.cursor = cursor;
    this.caughtUpAt = Date.now();
    await this.clearCovered(cursor);
    this.snapshots.changed();
  }

  /** Where the follower stands, for the snapshot; null until the index was built or loaded. */
  position(): { cursor: ChangeCursor; caughtUpAt: number } | null {
    return this.cursor ? { cursor: this.cursor, caughtUpAt: this.caughtUpAt } : null;
  }

  /**
   * Starts following from a loaded snapshot's position: catches up from the change log in large batches. Returns
   * false (the caller rebuilds) when the log may no longer hold every change since then or the backlog is so long
   * that a rebuild is cheaper.
   */
  async resumeFrom(cursor: ChangeCursor, caughtUpAt: number, documents: number): Promise<boolean> {
    if (Date.now() - caughtUpAt > (CHANGE_RETENTION_HOURS / 2) * 3_600_000) return false;
    const backlog = await this.db.read((em) => this.changes.countSince(em, cursor));
    if (backlog > Math.max(5_000, documents / 2)) return false;
    this.cursor = cursor;
    this.caughtUpAt = caughtUpAt;
    while ((await this.followOnce(1000)) > 0) {
      // catching up
    }
    return true;
  }

  private async followOnce(batchSize: number): Promise<number> {
    const discarded = await this.db.transaction((em) => this.outbox.discard(em, batchSize), {
      wrote: (n) => n > 0,
    });
    if (!this.cursor || Date.now() - this.caughtUpAt > (CHANGE_RETENTION_HOURS / 2) * 3_600_000) {
      // Never built, or away so long that the log may have dropped changes: start from the database again.
      await this.rebuildAndFollow();
      return discarded + 1;
    }
    const cursor = this.cursor;
    const rows = await this.db.read((em) => this.changes.read(em, cursor, batchSize));
    if (rows.length) {
      const { upserts, removals } = await this.projection.documentsFor(rows);
      if (upserts.length) await this.engine.upsert(upserts);
      if (removals.length) await this.engine.remove(removals);
      const last = rows[rows.length - 1];
      this.cursor = { tx: last.tx, seq: last.seq };
      this.snapshots.changed();
    }
    this.caughtUpAt = Date.now();
    this.snapshots.saveWhenDue();
    return discarded + rows.length;
  }

  /** Once a day across all processes: re-project listings whose validity just ended, drop old log entries. */
  private async dailySweep(): Promise<void> {
    const day = today();
    if (day === this.lastSweep) return;
    await this.db.transaction(async (em) => {
      if (!(await claimSweep(em, 'search-daily', day))) return;
      await this.outbox.enqueueRecentlyExpired(em, day);
      await this.changes.prune(em, CHANGE_RETENTION_HOURS);
    });
    this.lastSweep = day;
  }

  /**
   * A failed batch. Only documents the engine rejects end in the dead letters (after `searchMaxAttempts`): a
   * connection error, a timeout or a server error says nothing about the documents, so those retry without limit
   * with the capped backoff, however long the outage.
   */
  private async fail(rows: OutboxRow[], error: Error): Promise<void> {
    const message = `${this.engine.name}: ${error.message}`;
    const rejected = error instanceof SearchRejectedError;
    const dead = rejected ? rows.filter((r) => r.attempts >= this.config.searchMaxAttempts) : [];
    const retry = rows.filter((r) => !dead.includes(r));
    await this.db.transaction(async (em) => {
      if (retry.length) await this.outbox.retryLater(em, retry, message, backoffSeconds);
      if (dead.length) await this.outbox.moveToDeadLetters(em, dead, message);
    });
    this.logger.warn(
      `Search sync failed for ${rows.length} change(s) (${rejected ? 'rejected' : 'will retry'}), ${dead.length} to dead letters: ${message}`,
    );
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

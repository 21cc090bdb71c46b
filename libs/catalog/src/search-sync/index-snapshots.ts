import type { Logger } from '@nestjs/common';
import type { Database } from '@app/database';
import type { SearchEngine } from '@app/search';
import type { ChangeCursor, ChangeLogRepository } from './change-log.repository';

/** Saves at most this often while changes arrive (besides after start-up and at shutdown). */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;

/** What the relay tells the snapshots about where it stands and how to resume. */
export interface SnapshotFollower {
  position(): { cursor: ChangeCursor; caughtUpAt: number } | null;
  resumeFrom(cursor: ChangeCursor, caughtUpAt: number, documents: number): Promise<boolean>;
}

interface StoredPosition extends ChangeCursor {
  /** The database the position belongs to (cluster identifier / database name). */
  db: string;
  caughtUpAt: number;
}

/**
 * The embedded index kept in a file between starts, with the change-log position it covers: loaded at start and
 * caught up from there, saved after start-up, every few minutes while changes arrive and at shutdown. A file of
 * another database, too old for the change log, or with a backlog longer than half the index is not used.
 */
export class IndexSnapshots {
  private dirty = false;
  private lastSave = 0;
  private saving: Promise<void> | null = null;
  private identity: string | undefined;

  constructor(
    private readonly file: string | null,
    private readonly engine: SearchEngine,
    private readonly db: Database,
    private readonly changes: ChangeLogRepository,
    private readonly follower: SnapshotFollower,
    private readonly logger: Logger,
  ) {}

  get enabled(): boolean {
    return (
      this.file !== null && this.engine.scope === 'process' && !!this.engine.saveSnapshot && !!this.engine.loadSnapshot
    );
  }

  /** The index now differs from the file. */
  changed(): void {
    this.dirty = true;
  }

  /** Loads the file and catches up; false when the caller must rebuild instead. */
  async load(): Promise<boolean> {
    if (!this.enabled || !this.file || !this.engine.loadSnapshot) return false;
    const started = performance.now();
    const loaded = await this.engine.loadSnapshot(this.file);
    if ('reason' in loaded) {
      this.logger.log(`Search index file not used (${loaded.reason}): building the index from the database`);
      return false;
    }
    let position: StoredPosition;
    try {
      position = JSON.parse(loaded.position) as StoredPosition;
    } catch {
      this.logger.warn('Search index file has an unreadable position: building the index from the database');
      return false;
    }
    if (position.db !== (await this.databaseIdentity())) {
      this.logger.warn('Search index file belongs to another database: building the index from the database');
      return false;
    }
    const loadedMs = performance.now() - started;
    this.lastSave = Date.parse(loaded.savedAt) || Date.now(); // the file is that recent: the next save waits its turn
    if (
      !(await this.follower.resumeFrom({ tx: position.tx, seq: position.seq }, position.caughtUpAt, loaded.documents))
    ) {
      this.logger.log(
        `Search index file of ${loaded.savedAt} is too far behind the change log: building the index from the database`,
      );
      return false;
    }
    this.logger.log(
      `Search index loaded from ${this.file}: ${loaded.documents} documents in ${Math.round(loadedMs)} ms, caught up in ${Math.round(performance.now() - started - loadedMs)} ms`,
    );
    return true;
  }

  /** Writes the index now (after a save already running); never two at once. */
  async save(): Promise<void> {
    while (this.saving) await this.saving.catch(() => undefined);
    if (!this.enabled || !this.file || !this.engine.saveSnapshot) return;
    const at = this.follower.position();
    if (!at) return;
    const file = this.file;
    const save = this.engine.saveSnapshot.bind(this.engine);
    this.dirty = false;
    this.saving = (async () => {
      const started = performance.now();
      // The position is taken before the index is read: the file may hold changes past it (replayed harmlessly
      // at the next start), never miss one before it.
      const position: StoredPosition = { db: await this.databaseIdentity(), ...at.cursor, caughtUpAt: at.caughtUpAt };
      try {
        const bytes = await save(file, JSON.stringify(position));
        this.lastSave = Date.now();
        this.logger.log(
          `Search index saved: ${Math.round(bytes / 1024)} KB in ${Math.round(performance.now() - started)} ms`,
        );
      } catch (error) {
        this.dirty = true;
        throw error;
      }
    })().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  /** After start-up: saves in the background when the index differs from the file. */
  saveInBackground(): void {
    if (this.dirty && this.enabled)
      this.save().catch((error: Error) => this.logger.warn(`Search index not saved: ${error.message}`));
  }

  /** While following: saves in the background when changes arrived and the last save is a while ago. */
  saveWhenDue(): void {
    if (this.dirty && !this.saving && Date.now() - this.lastSave > SNAPSHOT_INTERVAL_MS) this.saveInBackground();
  }

  /** At shutdown: waits for a running save, then saves if anything changed since. */
  async saveIfChanged(): Promise<void> {
    while (this.saving) await this.saving.catch(() => undefined);
    if (this.dirty) await this.save();
  }

  private async databaseIdentity(): Promise<string> {
    this.identity ??= await this.db.read((em) => this.changes.identity(em));
    return this.identity;
  }
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { yieldToEventLoop } from '@app/core';
import { Mutex } from './mutex';

/** Thrown when a unit of work is opened inside another one: a programming error, never a user's. */
export class NestedUnitOfWorkError extends Error {
  constructor(kind: 'read' | 'transaction') {
    super(
      `Database.${kind} was called inside another unit of work. Use the EntityManager the outer read/transaction gave you: ` +
        'in the embedded mode the nested call would wait forever for the outer one, and on PostgreSQL it would run outside its transaction.',
    );
    this.name = 'NestedUnitOfWorkError';
  }
}

/**
 * The one way services reach the database. On PostgreSQL, work runs concurrently with the server's
 * own isolation. PGlite shares one session between all callers, so an open transaction would swallow
 * (or roll back) a neighbour's writes: in the embedded mode every unit of work runs one at a time.
 * Never call `read`/`transaction` from inside another unit of work: use the manager you were given.
 * A nested call throws NestedUnitOfWorkError in both modes (in the embedded mode it used to queue behind
 * its own outer unit and hang).
 */
export class Database {
  private readonly mutex: Mutex | null;
  private committed = 0;
  /** Marks the async context of a running unit of work; `open` turns false when it settles. */
  private readonly inside = new AsyncLocalStorage<{ open: boolean }>();

  constructor(
    readonly dataSource: DataSource,
    readonly embedded: boolean,
  ) {
    this.mutex = embedded ? new Mutex() : null;
  }

  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.unit('read', () => work(this.dataSource.manager));
  }

  /**
   * Runs `work` in one transaction. `wrote(result)` false says the transaction changed nothing (a poll that claimed
   * no rows): `writeGeneration` then stays, so values read before it (the lagging-hidden set) stay current.
   */
  transaction<T>(
    work: (em: EntityManager) => Promise<T>,
    options: { wrote?: (result: T) => boolean } = {},
  ): Promise<T> {
    return this.unit('transaction', async () => {
      const result = await this.dataSource.transaction(work);
      if (options.wrote?.(result) ?? true) this.committed++;
      return result;
    });
  }

  /**
   * Counts this process's committed transactions: a value derived from the database and remembered with the count
   * read before the query is current while the count is unchanged (for writes made by this process).
   */
  get writeGeneration(): number {
    return this.committed;
  }

  async ping(): Promise<boolean> {
    try {
      await this.read((em) => em.query('SELECT 1'));
      return true;
    } catch {
      return false;
    }
  }

  private unit<T>(kind: 'read' | 'transaction', task: () => Promise<T>): Promise<T> {
    // Work started from inside a unit (a callback fired later, say) inherits the marker; it only counts while open.
    if (this.inside.getStore()?.open) return Promise.reject(new NestedUnitOfWorkError(kind));
    const marked = async () => {
      const marker = { open: true };
      try {
        return await this.inside.run(marker, task);
      } finally {
        marker.open = false;
      }
    };
    // PGlite runs each statement on this thread and its promises settle without giving way, so queued units would
    // run back to back as one long task: each starts on a fresh turn of the event loop, letting I/O in between.
    return this.mutex ? this.mutex.run(() => yieldToEventLoop().then(marked)) : marked();
  }
}

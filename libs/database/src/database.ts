import { DataSource, EntityManager } from 'typeorm';
import { Mutex } from './mutex';

/**
 * The one way services reach the database. On PostgreSQL, work runs concurrently with the server's
 * own isolation. PGlite shares one session between all callers, so an open transaction would swallow
 * (or roll back) a neighbour's writes: in the embedded mode every unit of work runs one at a time.
 * Never call `read`/`transaction` from inside another unit of work: use the manager you were given.
 */
export class Database {
  private readonly mutex: Mutex | null;

  constructor(
    readonly dataSource: DataSource,
    readonly embedded: boolean,
  ) {
    this.mutex = embedded ? new Mutex() : null;
  }

  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const task = () => work(this.dataSource.manager);
    return this.mutex ? this.mutex.run(task) : task();
  }

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const task = () => this.dataSource.transaction(work);
    return this.mutex ? this.mutex.run(task) : task();
  }

  async ping(): Promise<boolean> {
    try {
      await this.read((em) => em.query('SELECT 1'));
      return true;
    } catch {
      return false;
    }
  }
}

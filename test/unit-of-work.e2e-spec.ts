import { Database, NestedUnitOfWorkError } from '@app/database';
import { startApp, TestApp } from './support/test-app';

/** Runs on whichever database the suite uses: embedded PGlite by default, PostgreSQL with DATABASE_URL. */
describe('nested units of work', () => {
  let t: TestApp;
  let db: Database;

  beforeAll(async () => {
    t = await startApp();
    db = t.db;
    await db.transaction((em) => em.query(`CREATE TABLE IF NOT EXISTS uow_probe (v text)`));
    await db.transaction((em) => em.query(`DELETE FROM uow_probe`));
  });
  afterAll(async () => {
    await db.transaction((em) => em.query(`DROP TABLE IF EXISTS uow_probe`));
    await t.close();
  });

  /** Fails instead of hanging: in the embedded mode a nested unit used to wait for its own outer unit forever. */
  const within = <T>(promise: Promise<T>, ms = 5000): Promise<T> =>
    Promise.race([
      promise,
      new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms).unref()),
    ]);

  const probe = async () =>
    (await db.read((em) => em.query(`SELECT v FROM uow_probe ORDER BY v`))).map((r: { v: string }) => r.v);

  it('a transaction inside a transaction throws a clear programming error, and the outer one rolls back', async () => {
    const outer = db.transaction(async (em) => {
      await em.query(`INSERT INTO uow_probe VALUES ('outer')`);
      await db.transaction((inner) => inner.query(`INSERT INTO uow_probe VALUES ('inner')`));
    });
    await expect(within(outer)).rejects.toThrow(NestedUnitOfWorkError);
    await expect(outer).rejects.toThrow(/inside another unit of work/);
    expect(await probe()).toEqual([]);
  });

  it('a read inside a transaction, or inside a read, is refused the same way', async () => {
    await expect(within(db.transaction(() => db.read((em) => em.query('SELECT 1'))))).rejects.toThrow(
      NestedUnitOfWorkError,
    );
    await expect(within(db.read(() => db.read((em) => em.query('SELECT 1'))))).rejects.toThrow(NestedUnitOfWorkError);
  });

  it('work started inside a unit but run after it settled may open its own unit', async () => {
    let later: Promise<unknown> = Promise.resolve();
    await db.transaction(async (em) => {
      await em.query(`INSERT INTO uow_probe VALUES ('first')`);
      later = new Promise((resolve, reject) =>
        setTimeout(
          () => db.transaction((e) => e.query(`INSERT INTO uow_probe VALUES ('second')`)).then(resolve, reject),
          50,
        ),
      );
    });
    await within(later);
    expect(await probe()).toEqual(['first', 'second']);
  });

  it('concurrent units side by side are not nested', async () => {
    await within(
      Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          db.transaction((em) => em.query(`INSERT INTO uow_probe VALUES ($1)`, [`c${i}`])),
        ),
      ),
    );
    expect((await probe()).filter((v: string) => v.startsWith('c'))).toHaveLength(6);
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@app/core';
import { checkDatabase, DatabaseUnavailableError } from '@app/database';

async function failure(url: string): Promise<Error> {
  try {
    await checkDatabase(url);
  } catch (error) {
    return error as Error;
  }
  throw new Error('checkDatabase succeeded');
}

/** A wrong DATABASE_URL ends the start with one line naming the database, not a dump of the driver's error. */
describe('PostgreSQL preflight', () => {
  it('an unreachable server: one line naming the database and the address, no password', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:s3cret-pw@127.0.0.1:1/xiushui_nowhere' });
    const error = await failure(config.databaseUrl!);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toMatch(
      /^PostgreSQL is not reachable at 127\.0\.0\.1:1 \(ECONNREFUSED\) for database "xiushui_nowhere"/,
    );
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('s3cret-pw');
  });

  (process.env.DATABASE_URL ? it : it.skip)(
    'a database that does not exist (needs DATABASE_URL): one line naming it',
    async () => {
      const url = new URL(process.env.DATABASE_URL!);
      const missing = `xiushui_missing_${randomUUID().slice(0, 8)}`;
      url.pathname = `/${missing}`;
      const error = await failure(loadConfig({ DATABASE_URL: url.toString() }).databaseUrl!);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect(error.message).toBe(
        `PostgreSQL database "${missing}" does not exist on ${url.hostname}:${url.port || '5432'}: create it (createdb -h ${url.hostname} ${missing}) or fix DATABASE_URL`,
      );
    },
  );
});

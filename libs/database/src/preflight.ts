import { Client } from 'pg';

/** The database cannot be used as configured; the message is one line naming what to fix. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Where a DATABASE_URL points, without its password. */
export function describeTarget(url: string): { database: string; where: string } {
  const parsed = new URL(url);
  return {
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || parsed.username || 'postgres',
    where: `${parsed.hostname}:${parsed.port || '5432'}`,
  };
}

/** A one-line explanation of a PostgreSQL connection failure, or null when it is something else. */
export function connectionProblem(error: unknown, url: string): string | null {
  const { database, where } = describeTarget(url);
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case '3D000':
      return `PostgreSQL database "${database}" does not exist on ${where}: create it (createdb -h ${where.split(':')[0]} ${database}) or fix DATABASE_URL`;
    case '28P01':
    case '28000':
      return `PostgreSQL on ${where} refused the login for database "${database}": check the user and password in DATABASE_URL`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
      return `PostgreSQL is not reachable at ${where} (${String(code)}) for database "${database}": start it or fix DATABASE_URL`;
    default:
      return null;
  }
}

/**
 * Connects once before the application is built, so a wrong DATABASE_URL ends the start with one line instead of a
 * dump of the driver's error object from inside the framework.
 */
export async function checkDatabase(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const problem = connectionProblem(error, url);
    throw problem ? new DatabaseUnavailableError(problem) : error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

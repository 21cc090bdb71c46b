/** What PostgreSQL says about a refused duplicate: the constraint's name and the columns of its key. */
export interface UniqueViolation {
  constraint: string;
  /** From the error's detail, `Key (org_id, key)=(…) already exists.`; empty when the driver gave no detail. */
  columns: string[];
}

/**
 * PostgreSQL's unique_violation (SQLSTATE 23505), whichever driver raised it (pg, PGlite) and whether TypeORM
 * wrapped it (QueryFailedError.driverError) or not. The one place the code and its fields are read.
 */
export function uniqueViolation(error: unknown): UniqueViolation | null {
  if (typeof error !== 'object' || error === null) return null;
  for (const candidate of [error, (error as { driverError?: unknown }).driverError]) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const { code, constraint, detail } = candidate as { code?: unknown; constraint?: unknown; detail?: unknown };
    if (code !== '23505') continue;
    const key = typeof detail === 'string' ? /Key \(([^)]*)\)=/.exec(detail)?.[1] : undefined;
    return {
      constraint: typeof constraint === 'string' ? constraint : '',
      columns: key ? key.split(',').map((c) => c.trim().replace(/^"|"$/g, '')) : [],
    };
  }
  return null;
}

/** PostgreSQL's unique_violation, whichever driver (pg or PGlite) raised it; returns the constraint name. */
export function uniqueViolation(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const candidates = [error, (error as { driverError?: unknown }).driverError];
  for (const c of candidates) {
    if (typeof c === 'object' && c !== null && (c as { code?: unknown }).code === '23505') {
      const constraint = (c as { constraint?: unknown }).constraint;
      return typeof constraint === 'string' ? constraint : '';
    }
  }
  return null;
}

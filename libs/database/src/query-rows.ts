/** TypeORM answers UPDATE/DELETE … RETURNING as [rows, count]; other statements as rows. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

import type { ImportProblem } from './catalog-importer';

interface OwnedRow {
  key: string | null;
  orgId: string;
}

/**
 * An import updates a listing only inside the organisation that owns it. A record whose key is already used
 * by a listing of another organisation would move that listing (with its match requests and history) and hand
 * the new owner's confidential fields to the old owner's partners, so it is refused instead.
 * `targetOrgId` is the record's organisation in the database, or null when the import is about to create it.
 */
export function ownershipProblems<R extends { key: string; orgKey: string }>(
  file: string,
  records: readonly R[],
  existing: readonly OwnedRow[],
  targetOrgId: (orgKey: string) => string | null,
): ImportProblem[] {
  const owners = new Map<string, Set<string>>();
  for (const row of existing) {
    if (row.key === null) continue;
    const set = owners.get(row.key) ?? new Set<string>();
    set.add(row.orgId);
    owners.set(row.key, set);
  }
  const problems: ImportProblem[] = [];
  records.forEach((r, i) => {
    const held = owners.get(r.key);
    if (!held) return;
    const target = targetOrgId(r.orgKey);
    if (target !== null && held.has(target)) return;
    problems.push({
      file,
      record: `${r.key} (#${i})`,
      field: 'orgKey',
      message: `key ${r.key} belongs to a listing of another organization; an import never moves a listing to another organization`,
    });
  });
  return problems;
}

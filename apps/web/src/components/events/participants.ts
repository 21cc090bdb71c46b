/** What every event page needs to name a participant: an organisation, or a guest without an account. */
export interface NamedParticipant {
  id: string;
  /** The server's name for it (organisation, or guest's organisation and name) when the query asked for it */
  displayName?: string;
  organization?: { name?: string; kind?: string } | null;
  guest?: { name?: string; organisationName?: string; phone?: string | null; email?: string | null } | null;
}

/** The organisation's name; a guest as "name（organisation）". */
export function participantLabel(p: NamedParticipant | undefined, unknown = '—'): string {
  if (!p) return unknown;
  if (p.displayName) return p.displayName;
  if (p.organization?.name) return p.organization.name;
  if (p.guest?.name) return p.guest.organisationName ? `${p.guest.name}（${p.guest.organisationName}）` : p.guest.name;
  return unknown;
}

export function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((i) => [i.id, i]));
}

/** Matches a search box against a participant's names (organisation, guest, guest's organisation). */
export function participantMatches(p: NamedParticipant, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [p.displayName, p.organization?.name, p.guest?.name, p.guest?.organisationName].some((s) =>
    s?.toLowerCase().includes(q),
  );
}

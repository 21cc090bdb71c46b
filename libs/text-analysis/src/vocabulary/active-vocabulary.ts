import { createHash } from 'node:crypto';
import { type ShippedVocabulary, shippedVocabulary } from './shipped-vocabulary';
import { type DomainVocabulary, type VocabularyGroup } from './vocabulary-types';
import { normalizeMember } from './vocabulary-format';

/** What the alliance changed at run time (kept in the database, applied over the shipped files). */
export interface VocabularyOverlay {
  /** Ids (`shippedGroupId`) of shipped groups a coordinator turned off. */
  readonly disabledShipped: readonly string[];
  /** The alliance's own groups. */
  readonly groups: readonly VocabularyGroup[];
}

const EMPTY: VocabularyOverlay = { disabledShipped: [], groups: [] };
let overlay: VocabularyOverlay = EMPTY;
let active: readonly DomainVocabulary[] | undefined;

/**
 * A shipped group's id: a UUID-shaped digest of its kind and normalised members, so it survives reordering and moves between
 * files, and an upgrade that changes the group's members gives it a new id (a disabled old version stays disabled,
 * the new version is on until a coordinator decides again).
 */
export function shippedGroupId(group: VocabularyGroup): string {
  const canonical = [
    group.kind,
    (group.from ?? []).map(normalizeMember).sort().join(','),
    [...group.terms].map(normalizeMember).sort().join(','),
  ].join('|');
  const h = createHash('sha256').update(canonical).digest('hex');
  // UUID-shaped, so it fits the id columns (audit log) and the API's id arguments like every other id.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function build(shipped: ShippedVocabulary, current: VocabularyOverlay): readonly DomainVocabulary[] {
  if (current.disabledShipped.length === 0 && current.groups.length === 0) return shipped.vocabularies;
  const disabled = new Set(current.disabledShipped);
  const keep = (kind: VocabularyGroup['kind']) => (terms: readonly string[]) =>
    !disabled.has(shippedGroupId({ terms, kind }));
  const vocabularies = shipped.vocabularies.map((v): DomainVocabulary => ({
    ...v,
    synonyms: v.synonyms.filter(keep('SYNONYM')),
    related: v.related.filter(keep('RELATED')),
    oneWay: (v.oneWay ?? []).filter((g) => !disabled.has(shippedGroupId(g))),
  }));
  const alliance: DomainVocabulary = {
    industry: null,
    terms: [],
    synonyms: current.groups.filter((g) => g.kind === 'SYNONYM' && !g.from).map((g) => g.terms),
    related: current.groups.filter((g) => g.kind === 'RELATED' && !g.from).map((g) => g.terms),
    oneWay: current.groups.filter((g) => g.from),
  };
  return [...vocabularies, alliance];
}

/** The shipped vocabularies minus disabled groups, plus the alliance's groups (last). */
export function activeVocabularies(): readonly DomainVocabulary[] {
  active ??= build(shippedVocabulary(), overlay);
  return active;
}

export function currentOverlay(): VocabularyOverlay {
  return overlay;
}

/** Replaces the overlay; callers rebuild what was derived from it (see `applyVocabularyOverlay`). */
export function setOverlay(next: VocabularyOverlay): void {
  overlay = next;
  active = undefined;
}

import type { Industry } from '@app/core';

export type VocabularyKind = 'SYNONYM' | 'RELATED';

/** One synonym or association group as written, before normalisation. */
export interface VocabularyGroup {
  /** Every member (for a one-way group: the `from` members, then the targets). */
  readonly terms: readonly string[];
  readonly kind: VocabularyKind;
  /** One-way group: only these members expand (to the other members), never the reverse. */
  readonly from?: readonly string[];
}

/**
 * Domain vocabulary of one industry. Written as broad domain knowledge (textbook and trade terms, abbreviations,
 * English names, Taiwan/Hong Kong wording), never cut from sample listings.
 */
export interface DomainVocabulary {
  /** `null` for cross-industry vocabulary. */
  readonly industry: `${Industry}` | null;
  /** Terms the segmenter must keep whole (synonym members are added automatically). */
  readonly terms: readonly string[];
  /** Equivalent names: abbreviation, full name, English, regional variant. Expanded at near-full weight. */
  readonly synonyms: readonly (readonly string[])[];
  /** Looser associations (a defect and the method that finds it, a part and its system). Expanded at low weight. */
  readonly related: readonly (readonly string[])[];
  /** One-way groups (`a => b`), of either kind. */
  readonly oneWay?: readonly VocabularyGroup[];
}

/** The groups of a vocabulary in the thesaurus's order: synonyms, associations, then one-way groups. */
export function groupsOf(vocabulary: DomainVocabulary): VocabularyGroup[] {
  return [
    ...vocabulary.synonyms.map((terms): VocabularyGroup => ({ terms, kind: 'SYNONYM' })),
    ...vocabulary.related.map((terms): VocabularyGroup => ({ terms, kind: 'RELATED' })),
    ...(vocabulary.oneWay ?? []),
  ];
}

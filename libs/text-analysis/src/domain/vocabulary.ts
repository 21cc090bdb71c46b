import type { Industry } from '@app/core';

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
}

/** Splits a whitespace-separated word list (terms contain no spaces). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** One group per line, members separated by `|` (members may contain spaces, e.g. `solar cell`). */
export function groups(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((t) => t.trim()).filter((t) => t.length > 0))
    .filter((g) => g.length > 1);
}

import { compact, hasCjk, isAllCjk, isCjk, isWordChar } from './text';
import { activeVocabularies } from './vocabulary/active-vocabulary';
import { normalizeMember } from './vocabulary/vocabulary-format';
import { type DomainVocabulary, groupsOf } from './vocabulary/vocabulary-types';

export interface ThesaurusGroup {
  /** Normalised members as written (Latin phrases keep their spaces). */
  readonly terms: readonly string[];
  /** Looser association rather than equivalence. */
  readonly related: boolean;
  /** One-way group: compact keys of the members that expand; the others only receive. */
  readonly from?: ReadonlySet<string>;
}

export interface ThesaurusMatch {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** Compact form of the matched member. */
  key: string;
}

export interface Expansion {
  /** The member as an index term: Chinese as written, Latin compounds compacted (micro led → microled). */
  term: string;
  weight: number;
}

export interface ExpansionWeights {
  synonym: number;
  related: number;
}

export const DEFAULT_EXPANSION_WEIGHTS: ExpansionWeights = { synonym: 0.8, related: 0.4 };
const MAX_KEY_LENGTH = 32;

/** Synonym and association groups with lookup in free text, query expansion and export for Meilisearch. */
export class Thesaurus {
  private state!: { groups: readonly ThesaurusGroup[]; byKey: Map<string, number[]>; byChar?: Map<string, string[]> };

  constructor(vocabularies: readonly DomainVocabulary[] = activeVocabularies()) {
    this.load(vocabularies);
  }

  get groups(): readonly ThesaurusGroup[] {
    return this.state.groups;
  }

  private get byKey(): Map<string, number[]> {
    return this.state.byKey;
  }

  /** Rebuilds from `vocabularies` in place (one assignment, so a reader never sees half of it). */
  load(vocabularies: readonly DomainVocabulary[]): void {
    const groups: ThesaurusGroup[] = [];
    for (const vocabulary of vocabularies) {
      for (const group of groupsOf(vocabulary)) {
        const terms = [...new Set(group.terms.map(normalizeMember))];
        if (terms.length < 2) continue;
        const related = group.kind === 'RELATED';
        groups.push(
          group.from
            ? { terms, related, from: new Set(group.from.map((t) => compact(normalizeMember(t)))) }
            : { terms, related },
        );
      }
    }
    const byKey = new Map<string, number[]>();
    groups.forEach((group, index) => {
      for (const term of group.terms) {
        const key = compact(term);
        if (key.length < 2 || key.length > MAX_KEY_LENGTH) continue;
        const list = byKey.get(key) ?? [];
        if (!list.includes(index)) list.push(index);
        byKey.set(key, list);
      }
    });
    this.state = { groups, byKey };
  }

  /** Chinese keys that contain `word` and are at most `maxLength` long (碳排放 → 碳排放核算), shortest first. */
  compoundsOf(word: string, maxLength: number): string[] {
    if (word.length < 2 || !isAllCjk(word)) return [];
    const byChar = (this.state.byChar ??= this.charIndex());
    let rarest: readonly string[] | undefined;
    for (const ch of word) {
      const keys = byChar.get(ch);
      if (!keys) return [];
      if (!rarest || keys.length < rarest.length) rarest = keys;
    }
    return (rarest ?? [])
      .filter((k) => k !== word && k.length <= maxLength && k.includes(word))
      .sort((a, b) => a.length - b.length);
  }

  private charIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const key of this.byKey.keys()) {
      if (!isAllCjk(key)) continue;
      for (const ch of new Set(key)) {
        const list = index.get(ch);
        if (list) list.push(key);
        else index.set(ch, [key]);
      }
    }
    return index;
  }

  has(term: string): boolean {
    return this.byKey.has(compact(term));
  }

  /**
   * Maximal occurrences of members in normalised text. Chinese matches anywhere; a Latin match must start and end
   * on a word boundary (so `el` is not found inside `cell`); separators inside Latin compounds are ignored.
   */
  find(text: string): ThesaurusMatch[] {
    const chars: string[] = [];
    const origin: number[] = [];
    const boundary: boolean[] = [];
    let separated = true;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const cjk = isCjk(code);
      if (!cjk && !isWordChar(code) && !'-_/.·'.includes(text[i]) && !/\s/.test(text[i])) {
        separated = true; // punctuation breaks words but is not part of any key
        chars.push('\u0000');
        origin.push(i);
        boundary.push(true);
        continue;
      }
      if (!cjk && !isWordChar(code)) {
        separated = true;
        continue;
      }
      // Chinese characters are boundaries on both sides; Latin words only break at separators and script changes.
      const prev = chars.length ? chars[chars.length - 1].charCodeAt(0) : 0;
      boundary.push(separated || cjk || isCjk(prev) || prev === 0);
      chars.push(text[i]);
      origin.push(i);
      separated = false;
    }
    boundary.push(true);
    const joined = chars.join('');
    const byKey = this.state.byKey;
    const found: ThesaurusMatch[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (!boundary[i]) continue;
      for (let j = Math.min(joined.length, i + MAX_KEY_LENGTH); j >= i + 2; j--) {
        if (!boundary[j]) continue;
        const key = joined.slice(i, j);
        if (byKey.has(key)) {
          found.push({ start: origin[i], end: origin[j - 1] + 1, key });
          break; // the longest match from this start
        }
      }
    }
    // Keep maximal matches only: 太阳能电池片 wins over 太阳能 and 电池片.
    return found.filter(
      (m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
    );
  }

  /** The other members of every group containing `term`, as index terms, best weight per term. */
  expand(term: string, weights: ExpansionWeights = DEFAULT_EXPANSION_WEIGHTS): Expansion[] {
    const key = compact(term);
    const best = new Map<string, number>();
    const { byKey, groups } = this.state;
    for (const index of byKey.get(key) ?? []) {
      const group = groups[index];
      if (group.from && !group.from.has(key)) continue; // one-way: a target does not expand back
      const weight = group.related ? weights.related : weights.synonym;
      for (const member of group.terms) {
        const indexTerm = hasCjk(member) ? member.replace(/\s+/g, '') : compact(member);
        if (compact(member) === key || indexTerm.length < 2 || group.from?.has(compact(member))) continue;
        if ((best.get(indexTerm) ?? 0) < weight) best.set(indexTerm, weight);
      }
    }
    return [...best].map(([t, weight]) => ({ term: t, weight }));
  }

  /**
   * Meilisearch `synonyms` setting: every member maps to the other members of its groups (multi-way synonyms; a
   * one-way group maps its left side only).
   * Only equivalence groups by default: the engine has no weaker kind of synonym, so an association (隐裂 ~ EL检测)
   * would rank as high as the word itself; associations stay in the app's query expansion at their lower weight.
   */
  toMeilisearchSynonyms(options: { includeRelated?: boolean } = {}): Record<string, string[]> {
    const includeRelated = options.includeRelated ?? false;
    const out = new Map<string, Set<string>>();
    for (const group of this.groups) {
      if (group.related && !includeRelated) continue;
      for (const term of group.terms) {
        const from = group.from;
        if (from && !from.has(compact(term))) continue; // one-way: only the left side maps
        const set = out.get(term) ?? new Set<string>();
        for (const other of group.terms) if (other !== term && !from?.has(compact(other))) set.add(other);
        out.set(term, set);
      }
    }
    return Object.fromEntries([...out].map(([term, set]) => [term, [...set].sort()]));
  }
}

let shared: Thesaurus | undefined;

/** The process-wide thesaurus built from the active vocabulary (shipped files plus the alliance's groups). */
export function defaultThesaurus(): Thesaurus {
  shared ??= new Thesaurus();
  return shared;
}

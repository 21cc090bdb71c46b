import type { DomainVocabulary } from './domain';
import { DOMAIN_VOCABULARIES } from './domain';
import { normalizeText } from './normalize';
import { compact, isAllCjk, isCjk, isWordChar } from './text';

export interface ThesaurusGroup {
  /** Normalised members as written (Latin phrases keep their spaces). */
  readonly terms: readonly string[];
  /** Looser association rather than equivalence. */
  readonly related: boolean;
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
  readonly groups: readonly ThesaurusGroup[];
  private readonly byKey = new Map<string, number[]>();
  private byChar?: Map<string, string[]>;

  constructor(vocabularies: readonly DomainVocabulary[] = DOMAIN_VOCABULARIES) {
    const groups: ThesaurusGroup[] = [];
    for (const vocabulary of vocabularies) {
      for (const [list, related] of [
        [vocabulary.synonyms, false],
        [vocabulary.related, true],
      ] as const) {
        for (const group of list) {
          const terms = [...new Set(group.map((t) => normalizeText(t).trim().replace(/\s+/g, ' ')))];
          if (terms.length > 1) groups.push({ terms, related });
        }
      }
    }
    this.groups = groups;
    groups.forEach((group, index) => {
      for (const term of group.terms) {
        const key = compact(term);
        if (key.length < 2 || key.length > MAX_KEY_LENGTH) continue;
        const list = this.byKey.get(key) ?? [];
        if (!list.includes(index)) list.push(index);
        this.byKey.set(key, list);
      }
    });
  }

  /** Chinese keys that contain `word` and are at most `maxLength` long (碳排放 → 碳排放核算), shortest first. */
  compoundsOf(word: string, maxLength: number): string[] {
    if (word.length < 2 || !isAllCjk(word)) return [];
    this.byChar ??= this.charIndex();
    let rarest: readonly string[] | undefined;
    for (const ch of word) {
      const keys = this.byChar.get(ch);
      if (!keys) return [];
      if (!rarest || keys.length < rarest.length) rarest = keys;
    }
    return (rarest ?? []).filter((k) => k !== word && k.length <= maxLength && k.includes(word)).sort((a, b) => a.length - b.length);
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
    const found: ThesaurusMatch[] = [];
    for (let i = 0; i < joined.length; i++) {
      if (!boundary[i]) continue;
      for (let j = Math.min(joined.length, i + MAX_KEY_LENGTH); j >= i + 2; j--) {
        if (!boundary[j]) continue;
        const key = joined.slice(i, j);
        if (this.byKey.has(key)) {
          found.push({ start: origin[i], end: origin[j - 1] + 1, key });
          break; // the longest match from this start
        }
      }
    }
    // Keep maximal matches only: 太阳能电池片 wins over 太阳能 and 电池片.
    return found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
  }

  /** The other members of every group containing `term`, as index terms, best weight per term. */
  expand(term: string, weights: ExpansionWeights = DEFAULT_EXPANSION_WEIGHTS): Expansion[] {
    const key = compact(term);
    const best = new Map<string, number>();
    for (const index of this.byKey.get(key) ?? []) {
      const group = this.groups[index];
      const weight = group.related ? weights.related : weights.synonym;
      for (const member of group.terms) {
        const indexTerm = /[\u3400-\u9fff]/.test(member) ? member.replace(/\s+/g, '') : compact(member);
        if (compact(member) === key || indexTerm.length < 2) continue;
        if ((best.get(indexTerm) ?? 0) < weight) best.set(indexTerm, weight);
      }
    }
    return [...best].map(([t, weight]) => ({ term: t, weight }));
  }

  /**
   * Meilisearch `synonyms` setting: every member maps to the other members of its groups (multi-way synonyms).
   * Only equivalence groups by default: the engine has no weaker kind of synonym, so an association (隐裂 ~ EL检测)
   * would rank as high as the word itself; associations stay in the app's query expansion at their lower weight.
   */
  toMeilisearchSynonyms(options: { includeRelated?: boolean } = {}): Record<string, string[]> {
    const includeRelated = options.includeRelated ?? false;
    const out = new Map<string, Set<string>>();
    for (const group of this.groups) {
      if (group.related && !includeRelated) continue;
      for (const term of group.terms) {
        const set = out.get(term) ?? new Set<string>();
        for (const other of group.terms) if (other !== term) set.add(other);
        out.set(term, set);
      }
    }
    return Object.fromEntries([...out].map(([term, set]) => [term, [...set].sort()]));
  }
}

let shared: Thesaurus | undefined;

/** The process-wide thesaurus built from the domain vocabularies. */
export function defaultThesaurus(): Thesaurus {
  shared ??= new Thesaurus();
  return shared;
}

import type { Industry } from '@app/core';
import { normalizeText } from '../normalize';
import type { DomainVocabulary, VocabularyGroup, VocabularyKind } from './vocabulary-types';

/** Longest member (characters): English phrases run long; the thesaurus matches keys up to 32 without separators. */
export const MAX_TERM_LENGTH = 64;
/** Most members in one group; bigger groups make expansion noisy. */
export const MAX_GROUP_TERMS = 20;

/** A line of a vocabulary file that cannot be read; the message names `file:line`. */
export class VocabularyFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'VocabularyFormatError';
  }
}

/** A group read from a file, with where it was written. */
export interface SourcedGroup extends VocabularyGroup {
  /** `photovoltaic.txt:42` */
  readonly source: string;
}

export interface VocabularyFile {
  readonly industry: `${Industry}` | null;
  readonly terms: readonly string[];
  readonly groups: readonly SourcedGroup[];
}

/** The member as the thesaurus compares it: normalised, inner spaces collapsed. */
export function normalizeMember(term: string): string {
  return normalizeText(term).trim().replace(/\s+/g, ' ');
}

/**
 * Checks one group's members; returns the reason it is invalid, or null. Shared by the file reader and the
 * run-time editor so both accept the same groups.
 */
export function groupProblem(terms: readonly string[], from?: readonly string[]): string | null {
  for (const term of terms) {
    if (term.length === 0) return 'empty term';
    if (term !== term.trim()) return `term "${term}" has leading or trailing spaces`;
    if (term.length > MAX_TERM_LENGTH)
      return `term "${term.slice(0, 20)}…" is longer than ${MAX_TERM_LENGTH} characters`;
    if (/[,\n#]|=>/.test(term)) return `term "${term}" contains a comma, "#" or "=>"`;
  }
  if (terms.length > MAX_GROUP_TERMS) return `more than ${MAX_GROUP_TERMS} terms`;
  // Same words in another script or width (智慧制造 / 智慧製造) are allowed: files list regional variants.
  const written = new Set<string>();
  for (const term of terms) {
    const key = term.toLowerCase().replace(/\s+/g, ' ');
    if (written.has(key)) return `duplicate term "${term}"`;
    written.add(key);
  }
  if (new Set(terms.map(normalizeMember)).size < 2) return 'a group needs at least two different terms';
  if (from && (from.length === 0 || from.length >= terms.length))
    return 'a one-way group needs terms on both sides of "=>"';
  return null;
}

function splitMembers(text: string): string[] {
  return text.split(',').map((t) => t.trim());
}

/**
 * Reads one vocabulary file (format in libs/text-analysis/README.md):
 * `# comment`, `+ term term …` (dictionary terms), `a, b, c` (synonyms), `~ a, b` (related), `a => b, c` (one-way).
 */
export function parseVocabularyFile(text: string, file: string, industry: `${Industry}` | null): VocabularyFile {
  const terms: string[] = [];
  const groups: SourcedGroup[] = [];
  text.split('\n').forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#')) return;
    const fail = (reason: string): never => {
      throw new VocabularyFormatError(file, lineNo, reason);
    };
    if (line.startsWith('+')) {
      for (const term of line.slice(1).trim().split(/\s+/)) {
        if (term.length === 0) fail('"+" needs at least one term');
        if (term.length > MAX_TERM_LENGTH || /[,#]|=>/.test(term)) fail(`bad dictionary term "${term.slice(0, 20)}"`);
        terms.push(term);
      }
      return;
    }
    const kind: VocabularyKind = line.startsWith('~') ? 'RELATED' : 'SYNONYM';
    const body = kind === 'RELATED' ? line.slice(1).trim() : line;
    const sides = body.split('=>');
    if (sides.length > 2) fail('more than one "=>"');
    const from = sides.length === 2 ? splitMembers(sides[0]) : undefined;
    const members = sides.length === 2 ? [...splitMembers(sides[0]), ...splitMembers(sides[1])] : splitMembers(body);
    const problem = groupProblem(members, from);
    if (problem) fail(problem);
    groups.push({ terms: members, kind, ...(from ? { from } : {}), source: `${file}:${lineNo}` });
  });
  return { industry, terms, groups };
}

/** Merges the files of one industry into the vocabulary the thesaurus and the dictionary read. */
export function toDomainVocabulary(industry: `${Industry}` | null, files: readonly VocabularyFile[]): DomainVocabulary {
  const all = files.flatMap((f) => f.groups);
  return {
    industry,
    terms: files.flatMap((f) => f.terms),
    synonyms: all.filter((g) => g.kind === 'SYNONYM' && !g.from).map((g) => g.terms),
    related: all.filter((g) => g.kind === 'RELATED' && !g.from).map((g) => g.terms),
    oneWay: all.filter((g) => g.from).map(({ terms, kind, from }) => ({ terms, kind, from })),
  };
}

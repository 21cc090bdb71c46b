import { Industry } from '@app/core';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type SourcedGroup, type VocabularyFile, parseVocabularyFile, toDomainVocabulary } from './vocabulary-format';
import type { DomainVocabulary } from './vocabulary-types';

/** Cross-industry vocabulary lives in `general*.txt`. */
const GENERAL = 'general';

export interface ShippedVocabulary {
  /** Per industry in `Industry` order, cross-industry last. */
  readonly vocabularies: readonly DomainVocabulary[];
  /** Every group with its industry and `file:line`. */
  readonly groups: readonly (SourcedGroup & { readonly industry: `${Industry}` | null })[];
}

/**
 * The folder of the shipped files: `libs/text-analysis/vocabulary` beside the sources, copied next to the compiled
 * lib by the build (nest-cli assets). The tools build (dist/tools) has no copy and reads the repository's folder.
 */
export function vocabularyDir(): string {
  const beside = join(__dirname, '..', '..', 'vocabulary');
  if (existsSync(beside)) return beside;
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = join(dir, 'libs', 'text-analysis', 'vocabulary');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`vocabulary folder not found (looked beside ${__dirname} and in its parents)`);
}

function industryOf(file: string): `${Industry}` | null {
  const slug = file.split('.')[0];
  if (slug === GENERAL) return null;
  const industry = slug.toUpperCase().replace(/-/g, '_');
  if (!(industry in Industry))
    throw new Error(`${file}: the name must start with an industry (photovoltaic, …) or "general"`);
  return industry as `${Industry}`;
}

/**
 * Reads and validates `<industry>.txt` and `<industry>.<part>.txt` (main file first, then parts by name).
 * Throws a `VocabularyFormatError` naming `file:line` on the first bad line.
 */
export function loadVocabularyDir(dir: string): ShippedVocabulary {
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const order = [...Object.values(Industry), null];
  const byIndustry = new Map<`${Industry}` | null, VocabularyFile[]>();
  const sorted = names.sort((a, b) => a.split('.').length - b.split('.').length || a.localeCompare(b));
  for (const name of sorted) {
    const industry = industryOf(name);
    const file = parseVocabularyFile(readFileSync(join(dir, name), 'utf8'), name, industry);
    byIndustry.set(industry, [...(byIndustry.get(industry) ?? []), file]);
  }
  const vocabularies: DomainVocabulary[] = [];
  const groups: ShippedVocabulary['groups'][number][] = [];
  for (const industry of order) {
    const files = byIndustry.get(industry);
    if (!files) continue;
    vocabularies.push(toDomainVocabulary(industry, files));
    for (const file of files) groups.push(...file.groups.map((g) => ({ ...g, industry })));
  }
  return { vocabularies, groups };
}

let shipped: ShippedVocabulary | undefined;

/** The shipped vocabulary, read once per process. */
export function shippedVocabulary(): ShippedVocabulary {
  shipped ??= loadVocabularyDir(vocabularyDir());
  return shipped;
}

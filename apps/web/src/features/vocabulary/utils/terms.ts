import type { FieldError } from '../../../lib/errors';

/** Separators a coordinator may type or paste between terms: commas (either width), 、, semicolons, new lines. */
export const TERM_SEPARATORS = [',', '，', '、', ';', '；', '\n'];

/**
 * The terms as they will be sent: each piece of each entry (a pasted "瓶料，再生涤纶" is two), trimmed, empty
 * pieces dropped, the first of exact repeats kept. The server still checks everything (and compares terms as its
 * analysis does, so 光伏組件 repeats 光伏组件 there).
 */
export function splitTerms(entries: readonly string[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    for (const piece of entry.split(/[,，、;；\n]/)) {
      const term = piece.trim();
      if (term && !out.includes(term)) out.push(term);
    }
  }
  return out;
}

/** The server names a term by its place (`terms.2`); the form has one field for all of them. */
export function termFieldErrors(fields: readonly FieldError[]): FieldError[] {
  const byName = new Map<string, FieldError>();
  for (const f of fields) {
    const name = f.name[0] === 'terms' ? ['terms'] : f.name;
    const key = name.join('.');
    const existing = byName.get(key);
    if (existing) existing.errors.push(...f.errors);
    else byName.set(key, { name, errors: [...f.errors] });
  }
  return [...byName.values()];
}

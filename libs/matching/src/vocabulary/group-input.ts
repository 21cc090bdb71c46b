import { badInput, bilingual, type Industry } from '@app/core';
import { MAX_GROUP_TERMS, MAX_TERM_LENGTH, type VocabularyKind, normalizeMember } from '@app/text-analysis';
import type { GroupValues } from './vocabulary.repository';

export interface GroupInput {
  terms: readonly string[];
  kind: VocabularyKind;
  industry?: `${Industry}` | null;
}

/** Characters the vocabulary format reserves, and control characters (a term is one line of text). */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const RESERVED = /[,#\u0000-\u001f\u007f]|=>/;

/**
 * Trims the terms and checks the group as the vocabulary files are checked, naming the field (`terms`,
 * `terms.2`): every term non-empty, at most 64 characters, no reserved characters, 2–20 terms, no term twice
 * (compared as the analysis sees them: 光伏組件 is 光伏组件, PV is pv).
 */
export function cleanGroupInput(input: GroupInput): GroupValues {
  const terms = input.terms.map((t) => t.trim());
  if (terms.length < 2 || terms.length > MAX_GROUP_TERMS) {
    throw badInput(
      'terms',
      bilingual(`词组需要 2 到 ${MAX_GROUP_TERMS} 个词`, `A group needs 2 to ${MAX_GROUP_TERMS} terms`),
    );
  }
  const seen = new Map<string, number>();
  terms.forEach((term, i) => {
    const field = `terms.${i}`;
    if (term.length === 0)
      throw badInput(field, bilingual(`第 ${i + 1} 个词不能为空`, `Term ${i + 1} must not be empty`));
    if (term.length > MAX_TERM_LENGTH)
      throw badInput(
        field,
        bilingual(
          `第 ${i + 1} 个词不能超过 ${MAX_TERM_LENGTH} 个字符`,
          `Term ${i + 1} must be at most ${MAX_TERM_LENGTH} characters`,
        ),
      );
    if (RESERVED.test(term))
      throw badInput(
        field,
        bilingual(
          `第 ${i + 1} 个词不能包含逗号、“#”、“=>”或控制字符`,
          `Term ${i + 1} must not contain a comma, "#", "=>" or control characters`,
        ),
      );
    const key = normalizeMember(term);
    const first = seen.get(key);
    if (first !== undefined)
      throw badInput(field, bilingual(`“${term}”与第 ${first + 1} 个词重复`, `"${term}" repeats term ${first + 1}`));
    seen.set(key, i);
  });
  return { terms, kind: input.kind, industry: input.industry ?? null };
}

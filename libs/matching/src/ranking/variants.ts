import { isAllCjk } from '@app/text-analysis';
import type { CandidateStats, TermConcept } from './concept-scoring';

export interface VariantParams {
  /** Weight of a written variant relative to the word itself, times their character similarity (0: off). */
  weight: number;
  /** Least character Dice similarity (2·shared / total length), so a word is not a variant of a long compound. */
  minSimilarity: number;
}

/** A Chinese word of two or more characters (one character is no word to vary). */
const isChineseWord = (t: string): boolean => t.length >= 2 && isAllCjk(t);

/** True when every character of `short` occurs in `long` (as often), i.e. the words differ only by order or affix. */
function contains(long: string, short: string): boolean {
  // Words are a few characters long: counting by scanning beats building a map for each pair.
  for (let i = 0; i < short.length; i++) {
    const ch = short[i];
    if (short.indexOf(ch) !== i) continue;
    if (occurrences(long, ch) < occurrences(short, ch)) return false;
  }
  return true;
}

function occurrences(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at >= 0; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

/**
 * Chinese compounds reorder and trim freely: 含铁量 / 铁含量 / 含铁, 碳排放 / 排放. A concept gains as weak
 * alternatives the candidate-set words made of its characters or containing all of them (at least two shared, so
 * 正极材料 never meets 负极材料 and 电池片 never meets 电池包). Learnt from the candidates' own words, so it
 * reaches listings the thesaurus never saw.
 */
export function withVariants(concepts: readonly TermConcept[], stats: CandidateStats, p: VariantParams): TermConcept[] {
  if (p.weight <= 0) return [...concepts];
  // Candidate words by character, only for the characters the concepts use (the vocabulary is thousands of words).
  const wanted = new Set<string>();
  for (const c of concepts) if (isChineseWord(c.label)) for (const ch of c.label) wanted.add(ch);
  const byChar = new Map<string, string[]>();
  for (const t of stats.df.keys()) {
    if (!isChineseWord(t)) continue;
    for (const ch of t) {
      if (!wanted.has(ch)) continue;
      const list = byChar.get(ch);
      if (!list) byChar.set(ch, [t]);
      else if (list[list.length - 1] !== t) list.push(t);
    }
  }
  return concepts.map((c) => {
    if (!isChineseWord(c.label)) return c;
    const known = new Set(c.alternatives.map((a) => a.term));
    const extra: Array<{ term: string; weight: number }> = [];
    const seen = new Set<string>();
    for (const ch of c.label) {
      for (const t of byChar.get(ch) ?? []) {
        if (known.has(t) || seen.has(t)) continue;
        seen.add(t);
        const [short, long] = t.length <= c.label.length ? [t, c.label] : [c.label, t];
        const similarity = (2 * short.length) / (short.length + long.length);
        if (similarity >= p.minSimilarity && contains(long, short))
          extra.push({ term: t, weight: p.weight * similarity });
      }
    }
    return extra.length > 0 ? { ...c, alternatives: [...c.alternatives, ...extra] } : c;
  });
}

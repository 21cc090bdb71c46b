import { type QueryPlan, type Segmenter, cjkRuns, isWordChar, normalizeText, syllablesOf } from '@app/text-analysis';

type Range = [number, number];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** HTML-escapes `text` and wraps the ranges in `<em>`; ranges must be sorted and disjoint. */
export function renderHighlight(text: string, ranges: readonly Range[], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const [s, e] of ranges) {
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (end <= start) continue;
    out += escapeHtml(text.slice(at, start)) + '<em>' + escapeHtml(text.slice(start, end)) + '</em>';
    at = end;
  }
  return out + escapeHtml(text.slice(at, to));
}

function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Occurrences of the plan's terms; Latin terms only on word boundaries (no `el` inside `cell`). */
function termRanges(norm: string, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    if (term.length < 2) continue;
    const latinStart = isWordChar(term.charCodeAt(0));
    const latinEnd = isWordChar(term.charCodeAt(term.length - 1));
    for (let at = norm.indexOf(term); at >= 0; at = norm.indexOf(term, at + 1)) {
      const end = at + term.length;
      if (latinStart && at > 0 && isWordChar(norm.charCodeAt(at - 1))) continue;
      if (latinEnd && end < norm.length && isWordChar(norm.charCodeAt(end))) continue;
      ranges.push([at, end]);
    }
  }
  return ranges;
}

/** Character pairs whose pinyin is one of the plan's syllable pairs (光扶 or guangfu highlights 光伏). */
function pinyinRanges(norm: string, pairs: ReadonlySet<string>, segmenter: Segmenter): Range[] {
  const ranges: Range[] = [];
  for (const { run, start } of cjkRuns(norm)) {
    const syllables = segmenter.cut(run).flatMap((w) => syllablesOf(w));
    for (let i = 0; i + 1 < syllables.length; i++) {
      if (pairs.has(syllables[i] + syllables[i + 1])) ranges.push([start + i, start + i + 2]);
    }
  }
  return ranges;
}

export interface Highlighter {
  title(text: string): string;
  summary(text: string): string | undefined;
}

const SNIPPET = 120;
const LEAD = 30;

/** Builds highlighters for one query; terms are found on normalised text, shown on the original. */
export function highlighterFor(plan: QueryPlan, segmenter: Segmenter): Highlighter {
  const terms = [...new Set(plan.highlight)].sort((a, b) => b.length - a.length);
  const pairs = new Set(plan.pinyin);
  const ranges = (text: string, withPinyin: boolean): { shown: string; ranges: Range[] } => {
    const norm = normalizeText(text);
    // Normalisation keeps length in practice; if it did not, show the normalised text so offsets stay right.
    const shown = norm.length === text.length ? text : norm;
    const found = termRanges(norm, terms);
    if (withPinyin && pairs.size) found.push(...pinyinRanges(norm, pairs, segmenter));
    return { shown, ranges: merge(found) };
  };
  return {
    title(text) {
      const { shown, ranges: r } = ranges(text, true);
      return renderHighlight(shown, r);
    },
    summary(text) {
      if (!text) return undefined;
      const { shown, ranges: r } = ranges(text, plan.pinyinTyped);
      if (shown.length <= SNIPPET) return renderHighlight(shown, r);
      const first = r.length ? r[0][0] : 0;
      const from = Math.max(0, Math.min(first - LEAD, shown.length - SNIPPET));
      const to = Math.min(shown.length, from + SNIPPET);
      return (from > 0 ? '…' : '') + renderHighlight(shown, r, from, to) + (to < shown.length ? '…' : '');
    },
  };
}

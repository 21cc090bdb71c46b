import type { Segmenter } from './segmenter';
import { STOPWORDS, hasCjk, isAllCjk, isAsciiWord, isCjk, isWordChar } from './text';

export interface WordToken {
  text: string;
  /** Offsets in the normalised input (query mode only; 0 in index mode). */
  start: number;
  end: number;
  /** A single Chinese character (kept apart: weak evidence, indexed in a small field only). */
  single?: boolean;
  /** Latin words joined across a separator (`micro led` → `microled`). */
  joined?: boolean;
}

const JOINABLE_SEPARATOR = /^[\s\-/_]+$/;
const HAS_LETTER = /[a-zα-ωµ]/;

/** Splits a mixed token (el检测, 3d视觉, micro-led) into its Latin and Chinese parts. */
function mixedParts(token: string): string[] {
  const parts: string[] = [];
  let current = '';
  let currentCjk = false;
  for (const ch of token) {
    const code = ch.charCodeAt(0);
    const cjk = isCjk(code);
    const word = cjk || isWordChar(code);
    if (!word || (current && cjk !== currentCjk)) {
      if (current) parts.push(current);
      current = '';
    }
    if (word) {
      current += ch;
      currentCjk = cjk;
    }
  }
  if (current) parts.push(current);
  return parts;
}

function keepWord(word: string): boolean {
  if (word.length < 2 || STOPWORDS.has(word)) return false;
  if (/^\d+$/.test(word)) return word.length >= 3; // 182, 210, 1550 mean something; 2 or 15 do not
  return true;
}

/** Expands one raw segmenter token into the words to index or query. */
function expandToken(raw: string, start: number, out: WordToken[]): void {
  const end = start + raw.length;
  if (isAllCjk(raw)) {
    if (raw.length === 1) {
      if (!STOPWORDS.has(raw)) out.push({ text: raw, start, end, single: true });
    } else if (!STOPWORDS.has(raw)) {
      out.push({ text: raw, start, end });
    }
    return;
  }
  if (isAsciiWord(raw)) {
    if (keepWord(raw)) out.push({ text: raw, start, end });
    return;
  }
  const parts = mixedParts(raw);
  if (parts.length === 0) return;
  // A dictionary word with a separator or two scripts (micro-led, el检测): keep it whole, joined, and in parts.
  const whole = parts.join('');
  if (keepWord(whole)) out.push({ text: whole, start, end, joined: parts.length > 1 && !hasCjk(whole) });
  if (parts.length > 1) {
    for (const part of parts) if (keepWord(part)) out.push({ text: part, start, end });
  }
}

/**
 * Words of normalised text. `index` mode uses jieba's search mode (long words plus their dictionary sub-words);
 * `query` mode uses precise mode with offsets. Latin words separated by a space or hyphen are also emitted joined.
 */
export function wordTokens(text: string, mode: 'index' | 'query', segmenter: Segmenter): WordToken[] {
  return wordTokensOf(mode === 'index' ? segmenter.cutForSearch(text) : segmenter.cut(text), mode === 'query');
}

/** Post-processes raw segmenter output (see `wordTokens`); offsets are meaningful for precise-mode input only. */
export function wordTokensOf(raw: readonly string[], withOffsets: boolean): WordToken[] {
  const out: WordToken[] = [];
  let offset = 0;
  let prevLatin: { text: string; start: number } | undefined;
  let separatorSeen = false;
  for (const token of raw) {
    const start = withOffsets ? offset : 0;
    offset += token.length;
    if (isAsciiWord(token)) {
      if (prevLatin && separatorSeen && (HAS_LETTER.test(prevLatin.text) || HAS_LETTER.test(token))) {
        out.push({ text: prevLatin.text + token, start: prevLatin.start, end: start + token.length, joined: true });
      }
      prevLatin = { text: token, start };
      separatorSeen = false;
    } else if (prevLatin && !separatorSeen && JOINABLE_SEPARATOR.test(token)) {
      separatorSeen = true;
    } else {
      prevLatin = undefined;
      separatorSeen = false;
    }
    expandToken(token, start, out);
  }
  return out;
}

/**
 * Segments several texts with one native call (a call costs more than the cutting): joined by newlines, which the
 * segmenter always emits as tokens of their own, then split back.
 */
export function cutMany(texts: readonly string[], mode: 'index' | 'query', segmenter: Segmenter): string[][] {
  const joined = texts.map((t) => t.replace(/\n/g, ' ')).join('\n');
  const raw = mode === 'index' ? segmenter.cutForSearch(joined) : segmenter.cut(joined);
  const out: string[][] = [[]];
  for (const token of raw) {
    if (token === '\n') out.push([]);
    else out[out.length - 1].push(token);
  }
  while (out.length < texts.length) out.push([]);
  return out;
}

/** `expandToken` for index mode, pushing the texts of non-single tokens only (what the word fields keep). */
function expandIndexWord(raw: string, out: string[]): void {
  if (isAllCjk(raw)) {
    if (raw.length > 1 && !STOPWORDS.has(raw)) out.push(raw);
    return;
  }
  if (isAsciiWord(raw)) {
    if (keepWord(raw)) out.push(raw);
    return;
  }
  const parts = mixedParts(raw);
  if (parts.length === 0) return;
  const whole = parts.join('');
  if (keepWord(whole)) out.push(whole);
  if (parts.length > 1) {
    for (const part of parts) if (keepWord(part)) out.push(part);
  }
}

/**
 * The texts of `wordTokensOf(raw, false)` without its single-character tokens, in the same order, without
 * allocating a token object per word (the document indexing hot path).
 */
export function indexWordTextsOf(raw: readonly string[]): string[] {
  const out: string[] = [];
  let prevLatin: string | undefined;
  let separatorSeen = false;
  for (const token of raw) {
    if (isAsciiWord(token)) {
      if (prevLatin !== undefined && separatorSeen && (HAS_LETTER.test(prevLatin) || HAS_LETTER.test(token))) {
        out.push(prevLatin + token);
      }
      prevLatin = token;
      separatorSeen = false;
    } else if (prevLatin !== undefined && !separatorSeen && JOINABLE_SEPARATOR.test(token)) {
      separatorSeen = true;
    } else {
      prevLatin = undefined;
      separatorSeen = false;
    }
    expandIndexWord(token, out);
  }
  return out;
}

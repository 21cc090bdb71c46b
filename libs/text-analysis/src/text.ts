/** Character classes and small helpers shared by the analysers. Inputs are already normalised (lower case). */

/** The CJK ranges `isCjk` accepts (Unified Ideographs and Extension A) as a RegExp class body, for patterns. */
export const CJK_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

export function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** Letters of other Latin-like scripts used in technical names (φ-OTDR, μLED). */
function isOtherLetter(code: number): boolean {
  return (code >= 0x3b1 && code <= 0x3c9) || code === 0xb5;
}

export function isWordChar(code: number): boolean {
  return isAsciiAlnum(code) || isOtherLetter(code);
}

export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

export function isAllCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isCjk(text.charCodeAt(i))) return false;
  return text.length > 0;
}

export function isAsciiWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWordChar(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/** Removes separators inside Latin compounds so `Micro-LED`, `micro led` and `microled` meet. */
export function compact(text: string): string {
  return text.replace(/[\s\-_/.·・'’+]+/g, '');
}

/** Maximal runs of CJK characters with their start offsets. */
export function cjkRuns(text: string): { run: string; start: number }[] {
  const runs: { run: string; start: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const cjk = i < text.length && isCjk(text.charCodeAt(i));
    if (cjk && start < 0) start = i;
    if (!cjk && start >= 0) {
      runs.push({ run: text.slice(start, i), start });
      start = -1;
    }
  }
  return runs;
}

/**
 * Character bigrams of each CJK run; with `skip`, also the pairs one character apart (压铸件 → 压件), which lets a
 * query with one missing or wrong character still share grams with the listing.
 */
export function charGrams(text: string, skip: boolean): string[] {
  const grams: string[] = [];
  for (const { run } of cjkRuns(text)) {
    for (let i = 0; i + 1 < run.length; i++) {
      grams.push(run[i] + run[i + 1]);
      if (skip && i + 2 < run.length) grams.push(run[i] + run[i + 2]);
    }
  }
  return grams;
}

/** Function words and boilerplate that carry no topic; dropped from word fields and key terms. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    '的 了 和 与 及 或 等 在 对 为 以 于 将 并 其 中 由 从 把 被 是 有 这 那 之 而 且 也 都 又 就 但 若 如 则 即 ' +
    '一种 一个 一些 一套 基于 面向 用于 适用 适用于 通过 采用 进行 实现 提供 具有 可以 能够 可 能 已 已经 ' +
    '需要 要求 希望 我们 我司 公司 本 该 此 各 每 个 种 项 其中 以及 以上 以下 左右 约 达到 不 没有 无法 ' +
    '目前 现有 现在 目标 问题 情况 方面 主要 相关 同时 可能 因此 所以 如果 由于 针对 根据 作为 关于 对于 ' +
    '进一步 一定 较 更 最 很 非常 比较 大幅 显著 有效 良好 及其 并且 或者 以便 使得 使 让 给 向 至 到'
  ).split(/\s+/),
);

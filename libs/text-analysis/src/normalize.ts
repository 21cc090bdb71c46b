import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let toSimplified: Convert | undefined;
/** Bitmap over U+4E00..U+9FFF: 1 where the character exists only in traditional writing. */
let traditionalOnly: Uint8Array | undefined;
// Bounds of the bitmap, not a CJK test (that is `isCjk`): traditional-only characters are all in this block.
const CJK_START = 0x4e00;
const CJK_END = 0x9fff;

/**
 * Taiwan (with phrases: 雷射→激光, 軟體→软件) then Hong Kong variants to mainland simplified.
 * Built lazily: the dictionaries take ~100 ms to load.
 */
function converter(): Convert {
  if (!toSimplified) {
    const tw = OpenCC.Converter({ from: 'twp', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    toSimplified = (text) => hk(tw(text));
  }
  return toSimplified;
}

/**
 * Code points that exist only in traditional writing. Converting text without any of them is skipped: it is the
 * common case, it is 10× faster, and OpenCC's Taiwan table would otherwise turn simplified 么 into 幺.
 */
function traditionalChars(): Uint8Array {
  if (!traditionalOnly) {
    const t2s = OpenCC.Converter({ from: 't', to: 'cn' });
    const s2t = OpenCC.Converter({ from: 'cn', to: 't' });
    traditionalOnly = new Uint8Array(CJK_END - CJK_START + 1);
    for (let cp = CJK_START; cp <= CJK_END; cp++) {
      const ch = String.fromCharCode(cp);
      if (t2s(ch) !== ch && s2t(ch) === ch) traditionalOnly[cp - CJK_START] = 1;
    }
  }
  return traditionalOnly;
}

export function hasTraditional(text: string): boolean {
  const map = traditionalChars();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= CJK_START && c <= CJK_END && map[c - CJK_START]) return true;
  }
  return false;
}

/** Full-width ASCII (Ａ１，（）) and the ideographic space to their half-width forms. Length-preserving. */
export function toHalfWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

export function toSimplifiedChinese(text: string): string {
  return hasTraditional(text) ? converter()(text) : text;
}

/**
 * The one normalisation shared by documents and queries of both engines: half-width, simplified, lower case.
 * Length-preserving in practice (OpenCC phrase swaps keep length), which lets highlighting map positions back.
 */
export function normalizeText(text: string): string {
  return toSimplifiedChinese(toHalfWidth(text)).toLowerCase();
}

/** Warms the lazy tables so the first request does not pay for them. */
export function warmUpNormalizer(): void {
  traditionalChars();
  converter();
}

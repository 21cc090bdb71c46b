/** Languages people read this service in: Simplified Chinese by default, English on request. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/**
 * The language an `Accept-Language` header prefers among ours: the supported tag with the highest q (header order
 * breaks ties), `zh*` read as zh-CN and `en*` as en; zh-CN when nothing supported is asked for or the header is
 * missing or malformed. `*` does not pick English.
 */
export function resolveLanguage(header: string | readonly string[] | undefined | null): Language {
  const raw: string = typeof header === 'string' ? header : header ? header.join(',') : '';
  let best: { lang: Language; q: number } | null = null;
  for (const part of raw.slice(0, 500).split(',')) {
    const [tag, ...attrs] = part.trim().toLowerCase().split(';');
    const lang: Language | null = /^zh(-|$)/.test(tag) ? 'zh-CN' : /^en(-|$)/.test(tag) ? 'en' : null;
    if (!lang) continue;
    const qAttr = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
    const q = qAttr ? Number(qAttr.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { lang, q };
  }
  return best?.lang ?? DEFAULT_LANGUAGE;
}

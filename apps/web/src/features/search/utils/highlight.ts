export interface HighlightPart {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

/**
 * The API's highlight is HTML-escaped text with <em> around matches. It becomes text parts for React to
 * render (never innerHTML): any other markup stays literal text.
 */
export function highlightParts(html: string | null | undefined): HighlightPart[] {
  if (!html) return [];
  const parts: HighlightPart[] = [];
  let hit = false;
  for (const piece of html.split(/(<\/?em>)/)) {
    if (piece === '<em>') hit = true;
    else if (piece === '</em>') hit = false;
    else if (piece) parts.push({ text: decode(piece), hit });
  }
  return parts;
}

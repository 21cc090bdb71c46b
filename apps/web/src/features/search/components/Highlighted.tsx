import { highlightParts } from '../utils/highlight';

export function Highlighted({ html, fallback }: { html: string | null | undefined; fallback: string }) {
  const parts = highlightParts(html);
  if (parts.length === 0) return <>{fallback}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} className="hit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

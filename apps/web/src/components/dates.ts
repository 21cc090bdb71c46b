/** Date and time as people here read them, in the app's language. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(lang, { timeZone: 'Asia/Shanghai', hour12: false });
}

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Date(iso).toLocaleDateString(lang, { timeZone: 'Asia/Shanghai' });
}

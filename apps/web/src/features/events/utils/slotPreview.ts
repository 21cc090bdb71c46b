/**
 * The slot grid as the server will build it (libs/events domain/grid.ts: back-to-back slots from the day's start,
 * a slot touching a break starts again when the break ends, none past the day's end), so the form previews it live.
 * The server stays the judge: it validates and stores the grid on save.
 */
export interface TimeRange {
  start: string;
  end: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isTime = (s: string | undefined | null): s is string => !!s && TIME.test(s);
export const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const toHhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function previewSlots(
  dayStart: string,
  dayEnd: string,
  slotMinutes: number,
  breaks: readonly Partial<TimeRange>[],
): TimeRange[] {
  if (!isTime(dayStart) || !isTime(dayEnd) || !(slotMinutes > 0)) return [];
  const pauses = breaks.filter(
    (b): b is TimeRange => isTime(b.start) && isTime(b.end) && toMinutes(b.start) < toMinutes(b.end),
  );
  pauses.sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  const end = toMinutes(dayEnd);
  const out: TimeRange[] = [];
  let t = toMinutes(dayStart);
  while (t + slotMinutes <= end) {
    const pause = pauses.find((b) => t < toMinutes(b.end) && toMinutes(b.start) < t + slotMinutes);
    if (pause) {
      t = Math.max(t + 1, toMinutes(pause.end));
      continue;
    }
    out.push({ start: toHhmm(t), end: toHhmm(t + slotMinutes) });
    t += slotMinutes;
  }
  return out;
}

/** One row of the preview: a slot, or a break between slots. */
export type PreviewRow = { kind: 'slot'; range: TimeRange; index: number } | { kind: 'break'; range: TimeRange };

/** Slots with the breaks placed between them, in time order, for the preview. */
export function previewRows(slots: readonly TimeRange[], breaks: readonly Partial<TimeRange>[]): PreviewRow[] {
  const rows: PreviewRow[] = slots.map((range, index) => ({ kind: 'slot', range, index }));
  for (const b of breaks)
    if (isTime(b.start) && isTime(b.end)) rows.push({ kind: 'break', range: { start: b.start, end: b.end } });
  return rows.sort((a, b) => toMinutes(a.range.start) - toMinutes(b.range.start) || (a.kind === 'break' ? -1 : 1));
}

/** Seats in total across the tables, and meetings the grid can hold (slots × tables). */
export function gridCapacity(
  slotCount: number,
  tables: readonly { capacity?: number | null }[],
): { meetings: number; seats: number } {
  return { meetings: slotCount * tables.length, seats: tables.reduce((s, t) => s + (t.capacity ?? 0), 0) };
}

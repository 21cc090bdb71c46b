import { TimeRange } from './values';

export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const toHhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const overlaps = (aStart: number, aEnd: number, b: TimeRange): boolean =>
  aStart < toMinutes(b.end) && toMinutes(b.start) < aEnd;

/**
 * The meeting slots of a day: back-to-back slots of `slotMinutes` from `dayStart`, skipping any that would touch a
 * break (the next slot starts when the break ends), and none that would run past `dayEnd`.
 */
export function slotGrid(
  dayStart: string,
  dayEnd: string,
  slotMinutes: number,
  breaks: readonly TimeRange[],
): TimeRange[] {
  const end = toMinutes(dayEnd);
  const sorted = [...breaks].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  const out: TimeRange[] = [];
  let t = toMinutes(dayStart);
  while (t + slotMinutes <= end) {
    const pause = sorted.find((b) => overlaps(t, t + slotMinutes, b));
    if (pause) {
      t = Math.max(t + 1, toMinutes(pause.end));
      continue;
    }
    out.push({ start: toHhmm(t), end: toHhmm(t + slotMinutes) });
    t += slotMinutes;
  }
  return out;
}

import type { CreateEventInput, EventFieldsFragment, UpdateEventInput } from '../../../gql/graphql';

export interface EventFormValues {
  title: string;
  theme?: string;
  organisers: string[];
  venue?: string;
  date: string;
  registrationDeadline: string;
  dayStart: string;
  dayEnd: string;
  slotMinutes: number;
  breaks?: { start?: string; end?: string }[];
  tables?: { name?: string; capacity?: number }[];
  roadshows?: { start?: string; end?: string; speaker?: string; title?: string }[];
}

export const EMPTY_EVENT: EventFormValues = {
  title: '',
  organisers: [],
  date: '',
  registrationDeadline: '',
  dayStart: '09:00',
  dayEnd: '12:00',
  slotMinutes: 20,
  breaks: [{ start: '10:20', end: '10:40' }],
  tables: [],
  roadshows: [],
};

/** Default names for tables added in bulk: 1号桌, 2号桌 … continuing after those already there. */
export function moreTables(
  existing: number,
  count: number,
  capacity: number,
  name: (n: number) => string,
): { name: string; capacity: number }[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => ({ name: name(existing + i + 1), capacity }));
}

export function fromEvent(e: EventFieldsFragment): EventFormValues {
  return {
    title: e.title,
    theme: e.theme,
    organisers: e.organisers,
    venue: e.venue,
    date: e.date,
    registrationDeadline: e.registrationDeadline,
    dayStart: e.dayStart,
    dayEnd: e.dayEnd,
    slotMinutes: e.slotMinutes,
    breaks: e.breaks.map((b) => ({ start: b.start, end: b.end })),
    tables: e.tables.map((t) => ({ name: t.name, capacity: t.capacity })),
    roadshows: e.roadshows.map((r) => ({ start: r.start, end: r.end, speaker: r.speaker, title: r.title })),
  };
}

export function toCreateInput(v: EventFormValues): CreateEventInput {
  return {
    title: v.title.trim(),
    theme: v.theme ?? '',
    organisers: v.organisers.map((o) => o.trim()).filter(Boolean),
    venue: v.venue ?? '',
    date: v.date,
    registrationDeadline: v.registrationDeadline,
    dayStart: v.dayStart,
    dayEnd: v.dayEnd,
    slotMinutes: Number(v.slotMinutes),
    breaks: (v.breaks ?? []).map((b) => ({ start: b.start ?? '', end: b.end ?? '' })),
    tables: (v.tables ?? []).map((t) => ({ name: t.name ?? '', capacity: Number(t.capacity ?? 4) })),
    roadshows: (v.roadshows ?? []).map((r) => ({
      start: r.start ?? '',
      end: r.end ?? '',
      speaker: r.speaker ?? '',
      title: r.title ?? '',
    })),
  };
}

/** An update sends the grid only while it may change (DRAFT): the server refuses grid fields later. */
export function toUpdateInput(
  id: string,
  version: number,
  v: EventFormValues,
  gridEditable: boolean,
): UpdateEventInput {
  const all = toCreateInput(v);
  const { dayStart, dayEnd, slotMinutes, breaks, tables, date, ...rest } = all;
  return gridEditable ? { id, version, ...all } : { id, version, ...rest };
}

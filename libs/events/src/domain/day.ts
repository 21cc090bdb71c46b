import { badInput, bilingual } from '@app/core';
import { today } from '@app/catalog';
import { Attendance, MeetingOutcome } from './values';

/** Outcomes that say the two sides did sit down together. */
export const TOOK_PLACE: ReadonlySet<MeetingOutcome> = new Set([
  MeetingOutcome.NO_FIT,
  MeetingOutcome.FOLLOW_UP_AGREED,
  MeetingOutcome.COOPERATION_LIKELY,
]);
/** Outcomes that move the two organisations' accepted match requests on to MEETING. */
export const PROMISING: ReadonlySet<MeetingOutcome> = new Set([
  MeetingOutcome.FOLLOW_UP_AGREED,
  MeetingOutcome.COOPERATION_LIKELY,
]);

export interface DayRecord {
  attendance: Attendance | null;
  outcome: MeetingOutcome | null;
}

/** Attendance and outcomes are facts of the day: none before it begins in Asia/Shanghai. */
export function requireEventDayReached(eventDate: string, now: Date): void {
  if (today(now) < eventDate)
    throw badInput(
      'date',
      bilingual(
        `对接会在 ${eventDate} 举行，到场情况和洽谈结果从当天（北京时间）起才能记录`,
        `date the event is on ${eventDate}; attendance and outcomes are recorded from that day on (Asia/Shanghai)`,
      ),
    );
}

/** A meeting nobody came to cannot have gone well (or badly): it did not take place. */
export function checkOutcome(meeting: DayRecord, outcome: MeetingOutcome): void {
  if (meeting.attendance === Attendance.NO_SHOW && outcome !== MeetingOutcome.DID_NOT_TAKE_PLACE) {
    throw badInput(
      'outcome',
      bilingual(
        '已记录为“未到场”的洽谈，结果只能是“未进行”',
        `outcome must be DID_NOT_TAKE_PLACE for a meeting recorded as NO_SHOW (got ${outcome})`,
      ),
    );
  }
}

export const OUTCOME_NOTE_MAX = 1000;

/** An outcome's note as stored: undefined keeps the current one, blank clears it, text is trimmed. */
export function normalizeOutcomeNote(note: string | null | undefined): string | null | undefined {
  if (note === undefined) return undefined;
  const text = (note ?? '').trim();
  if (text.length > OUTCOME_NOTE_MAX) throw badInput('note', `must be at most ${OUTCOME_NOTE_MAX} characters`);
  return text || null;
}

/** The converse: a meeting rated as held cannot become a no-show until its outcome says it did not take place. */
export function checkAttendance(meeting: DayRecord, attendance: Attendance): void {
  if (attendance === Attendance.NO_SHOW && meeting.outcome !== null && TOOK_PLACE.has(meeting.outcome)) {
    throw badInput(
      'attendance',
      bilingual(
        '该洽谈的结果表明已经进行，不能记为“未到场”；请先把结果改为“未进行”',
        `attendance cannot be NO_SHOW: the meeting's outcome ${meeting.outcome} says it took place; record DID_NOT_TAKE_PLACE first`,
      ),
    );
  }
}

/** Held: marked ATTENDED, or (attendance not recorded) rated with an outcome that says it took place. */
export const wasHeld = (m: DayRecord): boolean =>
  m.attendance === Attendance.ATTENDED || (m.attendance === null && m.outcome !== null && TOOK_PLACE.has(m.outcome));

export interface DayFigures {
  held: number;
  /** Meetings with attendance recorded, and the NO_SHOW among them. */
  recorded: number;
  noShows: number;
  outcomes: { outcome: MeetingOutcome; count: number }[];
}

/** The day's figures; outcomes that say a meeting took place are counted among held meetings only. */
export function dayFigures(meetings: readonly DayRecord[]): DayFigures {
  const recorded = meetings.filter((m) => m.attendance !== null);
  const counted = (m: DayRecord, outcome: MeetingOutcome) =>
    m.outcome === outcome && (!TOOK_PLACE.has(outcome) || wasHeld(m));
  return {
    held: meetings.filter(wasHeld).length,
    recorded: recorded.length,
    noShows: recorded.filter((m) => m.attendance === Attendance.NO_SHOW).length,
    outcomes: Object.values(MeetingOutcome).map((outcome) => ({
      outcome,
      count: meetings.filter((m) => counted(m, outcome)).length,
    })),
  };
}

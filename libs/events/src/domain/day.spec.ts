import { Attendance as A, MeetingOutcome as O } from './values';
import {
  checkAttendance,
  checkOutcome,
  dayFigures,
  DayRecord,
  normalizeOutcomeNote,
  requireEventDayReached,
  wasHeld,
} from './day';

const rec = (attendance: A | null, outcome: O | null): DayRecord => ({ attendance, outcome });
const fieldOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { details?: { fields?: { field: string }[] } }).details?.fields?.[0]?.field ?? 'thrown';
  }
};

describe('event day rules', () => {
  it.each([
    // 15:59:59 UTC on the 31st is 23:59:59 in Shanghai, still the day before; 16:00 UTC is the event day.
    ['2099-06-01', '2099-05-31T15:59:59Z', 'date'],
    ['2099-06-01', '2099-05-31T16:00:00Z', null],
    ['2099-06-01', '2099-06-03T08:00:00Z', null],
  ])('event on %s, now %s → %s', (date, now, field) => {
    expect(fieldOf(() => requireEventDayReached(date, new Date(now)))).toBe(field);
  });

  it.each([
    [rec(A.NO_SHOW, null), O.FOLLOW_UP_AGREED, 'outcome'],
    [rec(A.NO_SHOW, null), O.NO_FIT, 'outcome'],
    [rec(A.NO_SHOW, null), O.COOPERATION_LIKELY, 'outcome'],
    [rec(A.NO_SHOW, null), O.DID_NOT_TAKE_PLACE, null],
    [rec(A.ATTENDED, null), O.COOPERATION_LIKELY, null],
    [rec(null, null), O.FOLLOW_UP_AGREED, null],
  ])('outcome on %j: %s → %s', (m, outcome, field) => {
    expect(fieldOf(() => checkOutcome(m, outcome))).toBe(field);
  });

  it.each([
    [rec(null, O.FOLLOW_UP_AGREED), A.NO_SHOW, 'attendance'],
    [rec(null, O.NO_FIT), A.NO_SHOW, 'attendance'],
    [rec(null, O.DID_NOT_TAKE_PLACE), A.NO_SHOW, null],
    [rec(null, O.FOLLOW_UP_AGREED), A.ATTENDED, null],
    [rec(null, null), A.NO_SHOW, null],
  ])('attendance on %j: %s → %s', (m, attendance, field) => {
    expect(fieldOf(() => checkAttendance(m, attendance))).toBe(field);
  });

  it.each([
    [rec(A.ATTENDED, null), true],
    [rec(null, O.NO_FIT), true],
    [rec(null, O.DID_NOT_TAKE_PLACE), false],
    [rec(A.NO_SHOW, O.DID_NOT_TAKE_PLACE), false],
    [rec(null, null), false],
  ])('held %j → %s', (m, held) => {
    expect(wasHeld(m)).toBe(held);
  });

  it('never counts more outcomes that say a meeting took place than meetings held', () => {
    // The last row is what the database no longer accepts (a legacy row): it is not counted as positive.
    const meetings = [
      rec(A.ATTENDED, O.FOLLOW_UP_AGREED),
      rec(null, O.COOPERATION_LIKELY),
      rec(A.NO_SHOW, O.DID_NOT_TAKE_PLACE),
      rec(null, null),
      rec(A.NO_SHOW, O.FOLLOW_UP_AGREED),
    ];
    const f = dayFigures(meetings);
    expect(f).toMatchObject({ held: 2, recorded: 3, noShows: 2 });
    const counts = Object.fromEntries(f.outcomes.map((o) => [o.outcome, o.count]));
    expect(counts).toEqual({ DID_NOT_TAKE_PLACE: 1, NO_FIT: 0, FOLLOW_UP_AGREED: 1, COOPERATION_LIKELY: 1 });
    expect(counts.NO_FIT + counts.FOLLOW_UP_AGREED + counts.COOPERATION_LIKELY).toBeLessThanOrEqual(f.held);
  });

  it.each([
    [undefined, undefined],
    [null, null],
    ['   ', null],
    ['  约定两周内看样机 ', '约定两周内看样机'],
    ['约'.repeat(1000), '约'.repeat(1000)],
  ])('outcome note %j is stored as %j', (note, stored) => {
    expect(normalizeOutcomeNote(note)).toBe(stored);
  });

  it('refuses an outcome note over 1,000 characters, naming the field', () => {
    expect(fieldOf(() => normalizeOutcomeNote('约'.repeat(1001)))).toBe('note');
  });
});

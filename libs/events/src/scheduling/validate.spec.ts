import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schedule } from './schedule';
import { Assignment, SchedulingInstance, ViolationCode } from './types';
import { validateSchedule } from './validate';

const instance: SchedulingInstance = {
  slots: [{ id: 's1' }, { id: 's2' }],
  tables: ['T1', { id: 'T2', capacity: 2 }],
  participants: [
    { id: 'p1', unavailable: [], maxMeetings: 2 },
    { id: 'p2', unavailable: ['s2'], maxMeetings: 2 },
    { id: 'p3', unavailable: [], maxMeetings: 1 },
    { id: 'p4', unavailable: [], maxMeetings: 2 },
  ],
  requests: [
    { id: 'r12', a: 'p1', b: 'p2', weight: 0.5 },
    { id: 'r13', a: 'p1', b: 'p3', weight: 0.5 },
    { id: 'r14', a: 'p1', b: 'p4', weight: 0.5 },
    { id: 'r34', a: 'p3', b: 'p4', weight: 0.5 },
    { id: 'r24', a: 'p2', b: 'p4', weight: 0.5, size: 3 },
  ],
  locked: [{ request: 'r34', slot: 's1', table: 'T1' }],
};

const at = (request: string, slot: string, table: string): Assignment => ({ request, slot, table });
const lock = at('r34', 's1', 'T1');

describe('validateSchedule', () => {
  it.each<[string, Assignment[], ViolationCode[]]>([
    ['a valid schedule', [at('r12', 's1', 'T2'), lock], []],
    ['an unknown request', [at('nope', 's1', 'T2'), lock], ['UNKNOWN_REQUEST']],
    ['an unknown slot and table', [at('r12', 's9', 'T9'), lock], ['UNKNOWN_SLOT', 'UNKNOWN_TABLE']],
    [
      'a request used twice',
      [at('r14', 's2', 'T1'), at('r14', 's2', 'T2'), lock],
      ['DUPLICATE_REQUEST', 'PARTICIPANT_DOUBLE_BOOKED', 'PARTICIPANT_DOUBLE_BOOKED', 'OVER_MAXIMUM'],
    ],
    ['a table used twice in a slot', [at('r12', 's1', 'T1'), lock], ['TABLE_DOUBLE_BOOKED']],
    ['a participant twice in a slot', [at('r14', 's1', 'T2'), lock], ['PARTICIPANT_DOUBLE_BOOKED']],
    [
      'an unavailable participant at a too small table',
      [at('r24', 's2', 'T2'), lock],
      ['PARTICIPANT_UNAVAILABLE', 'TABLE_TOO_SMALL'],
    ],
    ['a participant over their maximum', [at('r13', 's2', 'T1'), lock], ['OVER_MAXIMUM']],
    ['a locked meeting moved', [at('r34', 's2', 'T1')], ['LOCKED_NOT_KEPT']],
  ])('%s', (_, assignments, codes) => {
    const found = validateSchedule(instance, { assignments }).map((v) => v.code);
    expect(found.sort()).toEqual([...codes].sort());
  });

  it('finds nothing wrong with what the scheduler produces here', () => {
    const result = schedule(instance);
    expect(validateSchedule(instance, result)).toEqual([]);
    expect(result.assignments).toContainEqual(lock);
  });
});

describe('fixture: the 60-participant event', () => {
  const file = resolve(__dirname, '../../../../fixtures/scheduling/event-60p.json');
  const event = JSON.parse(readFileSync(file, 'utf8')) as SchedulingInstance;
  const optimum = event.planted?.meetings ?? 0;

  it('is scheduled validly with at least 99.5 % of the optimum count', () => {
    const result = schedule(event);
    expect(validateSchedule(event, result)).toEqual([]);
    expect(result.stats.scheduled).toBeGreaterThanOrEqual(Math.ceil(0.995 * optimum));
    expect(result.unscheduled).toHaveLength(event.requests.length - result.stats.scheduled);
  });

  it('keeps a re-run on an unchanged event where it was', () => {
    const first = schedule(event);
    const again = schedule(event, { previous: first.assignments, moveCost: 0.05 });
    expect(validateSchedule(event, again)).toEqual([]);
    expect(again.stats.scheduled).toBe(first.stats.scheduled);
    expect(again.stats.moved).toBeLessThanOrEqual(Math.ceil(0.05 * first.stats.scheduled));
  });
});

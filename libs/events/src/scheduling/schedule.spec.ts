import { greedyFill, weightOrder } from './construct';
import { buildModel, SchedulingInputError } from './model';
import { schedule } from './schedule';
import { State } from './state';
import { Assignment, MeetingRequest, Schedule, SchedulingInstance, UnscheduledReasonCode } from './types';
import { validateSchedule } from './validate';

/** Compact instance builder: people as `id: [maxMeetings, ...unavailable slots]`, requests as [id, a, b, weight]. */
function build(spec: {
  slots: number;
  tables: number | { id: string; capacity?: number }[];
  people: Record<string, [number, ...string[]]>;
  requests: [string, string, string, number, number?][];
  locked?: Assignment[];
}): SchedulingInstance {
  return {
    slots: Array.from({ length: spec.slots }, (_, i) => ({ id: `s${i + 1}` })),
    tables: typeof spec.tables === 'number' ? Array.from({ length: spec.tables }, (_, i) => `T${i + 1}`) : spec.tables,
    participants: Object.entries(spec.people).map(([id, [maxMeetings, ...unavailable]]) => ({
      id,
      maxMeetings,
      unavailable,
    })),
    requests: spec.requests.map(([id, a, b, weight, size]): MeetingRequest =>
      size === undefined ? { id, a, b, weight } : { id, a, b, weight, size },
    ),
    locked: spec.locked,
  };
}

const at = (request: string, slot: string, table: string): Assignment => ({ request, slot, table });
const scheduledIds = (s: Schedule): string[] => s.assignments.map((a) => a.request).sort();
const reasonOf = (s: Schedule, request: string): UnscheduledReasonCode | undefined =>
  s.unscheduled.find((u) => u.request === request)?.code;

describe('schedule: hand-built cases', () => {
  const cases: {
    name: string;
    instance: SchedulingInstance;
    scheduled: string[];
    reasons?: Record<string, UnscheduledReasonCode>;
  }[] = [
    {
      name: 'a participant never meets twice in one slot',
      instance: build({
        slots: 1,
        tables: 3,
        people: { p1: [3], p2: [3], p3: [3] },
        requests: [
          ['r1', 'p1', 'p2', 0.9],
          ['r2', 'p1', 'p3', 0.5],
          ['r3', 'p2', 'p3', 0.4],
        ],
      }),
      scheduled: ['r1'],
      reasons: { r2: 'NO_COMMON_FREE_SLOT', r3: 'NO_COMMON_FREE_SLOT' },
    },
    {
      name: 'a table holds one meeting per slot; the heavier meeting wins',
      instance: build({
        slots: 1,
        tables: 1,
        people: { p1: [1], p2: [1], p3: [1], p4: [1] },
        requests: [
          ['r1', 'p1', 'p2', 0.3],
          ['r2', 'p3', 'p4', 0.8],
        ],
      }),
      scheduled: ['r2'],
      reasons: { r1: 'NO_TABLE_FREE' },
    },
    {
      name: 'unavailable slots are avoided; no common slot is explained',
      instance: build({
        slots: 2,
        tables: 1,
        people: { p1: [2, 's1'], p2: [2], p3: [2, 's2'] },
        requests: [
          ['r1', 'p1', 'p2', 0.5],
          ['r2', 'p1', 'p3', 0.9],
        ],
      }),
      scheduled: ['r1'],
      reasons: { r2: 'NO_COMMON_FREE_SLOT' },
    },
    {
      name: 'maxMeetings caps a participant, keeping their heaviest meeting',
      instance: build({
        slots: 3,
        tables: 2,
        people: { p1: [1], p2: [3], p3: [3] },
        requests: [
          ['r1', 'p1', 'p2', 0.2],
          ['r2', 'p1', 'p3', 0.7],
        ],
      }),
      scheduled: ['r2'],
      reasons: { r1: 'PARTICIPANT_AT_MAXIMUM' },
    },
    {
      name: 'both participants at their maximum',
      instance: build({
        slots: 3,
        tables: 2,
        people: { p1: [1], p2: [1], p3: [1], p4: [1] },
        requests: [
          ['r1', 'p1', 'p3', 0.9],
          ['r2', 'p2', 'p4', 0.9],
          ['r3', 'p1', 'p2', 0.1],
        ],
      }),
      scheduled: ['r1', 'r2'],
      reasons: { r3: 'BOTH_AT_MAXIMUM' },
    },
    {
      name: 'more meetings beat more weight',
      instance: build({
        slots: 1,
        tables: 2,
        people: { p1: [1], p2: [1], p3: [1], p4: [1] },
        requests: [
          ['heavy', 'p1', 'p2', 1],
          ['a', 'p1', 'p3', 0.1],
          ['b', 'p2', 'p4', 0.1],
        ],
      }),
      scheduled: ['a', 'b'],
      reasons: { heavy: 'BOTH_AT_MAXIMUM' },
    },
    {
      name: 'general (non-bipartite) requests: a triangle plus a pendant edge',
      instance: build({
        slots: 1,
        tables: 5,
        people: { p1: [1], p2: [1], p3: [1], p4: [1] },
        requests: [
          ['r12', 'p1', 'p2', 1],
          ['r23', 'p2', 'p3', 1],
          ['r13', 'p1', 'p3', 1],
          ['r34', 'p3', 'p4', 0.2],
        ],
      }),
      scheduled: ['r12', 'r34'],
    },
    {
      name: 'broken requests are explained, not scheduled',
      instance: build({
        slots: 1,
        tables: 1,
        people: { p1: [1], p2: [1] },
        requests: [
          ['ok', 'p1', 'p2', 0.5],
          ['ghost', 'p1', 'nobody', 0.9],
          ['self', 'p2', 'p2', 0.9],
        ],
      }),
      scheduled: ['ok'],
      reasons: { ghost: 'INVALID_REQUEST', self: 'INVALID_REQUEST' },
    },
  ];

  it.each(cases)('$name', ({ instance, scheduled, reasons }) => {
    const result = schedule(instance);
    expect(validateSchedule(instance, result)).toEqual([]);
    expect(scheduledIds(result)).toEqual([...scheduled].sort());
    expect(result.unscheduled.map((u) => u.request).sort()).toEqual(
      instance.requests
        .map((r) => r.id)
        .filter((id) => !scheduled.includes(id))
        .sort(),
    );
    for (const [request, code] of Object.entries(reasons ?? {})) expect(reasonOf(result, request)).toBe(code);
  });

  it('writes reasons a person understands', () => {
    const instance = cases[3].instance;
    const reason = schedule(instance).unscheduled.find((u) => u.request === 'r1');
    expect(reason).toMatchObject({ participants: ['p1'], message: 'p1 is already at their maximum of 1 meeting' });
  });
});

describe('schedule: repair beats greedy', () => {
  // Greedy puts the heavy r1 into s1 (both slots are equally free), leaving no table for r2, which can
  // only meet in s1. Repair moves r1 to s2 (an ejection chain of length one) and fits both.
  const instance = build({
    slots: 2,
    tables: 1,
    people: { p1: [2], p2: [2], p3: [2, 's2'], p4: [2] },
    requests: [
      ['r1', 'p1', 'p2', 0.9],
      ['r2', 'p3', 'p4', 0.1],
    ],
  });

  it('greedy alone schedules one meeting', () => {
    const model = buildModel(instance);
    const state = new State(model);
    greedyFill(model, state, weightOrder(model));
    expect(state.scheduled).toBe(1);
  });

  it('the full scheduler fits both', () => {
    const result = schedule(instance);
    expect(validateSchedule(instance, result)).toEqual([]);
    expect(result.assignments).toEqual([
      { request: 'r2', slot: 's1', table: 'T1' },
      { request: 'r1', slot: 's2', table: 'T1' },
    ]);
  });
});

describe('schedule: locked meetings', () => {
  const base = {
    slots: 3,
    tables: 2,
    people: { p1: [3], p2: [3], p3: [3], p4: [1, 's1'] } as Record<string, [number, ...string[]]>,
    requests: [
      ['r1', 'p1', 'p2', 0.9],
      ['r2', 'p1', 'p3', 0.8],
      ['r3', 'p2', 'p3', 0.7],
      ['r4', 'p3', 'p4', 0.6],
    ] as [string, string, string, number][],
  };

  it('keeps locked meetings exactly and schedules around them', () => {
    const locked = [
      { request: 'r1', slot: 's3', table: 'T2' },
      { request: 'r4', slot: 's3', table: 'T1' },
    ];
    const instance = build({ ...base, locked });
    const result = schedule(instance);
    expect(validateSchedule(instance, result)).toEqual([]);
    for (const lock of locked) expect(result.assignments).toContainEqual(lock);
    expect(result.stats).toMatchObject({ scheduled: 4, locked: 2 });
  });

  it.each([
    ['a double-booked table', [at('r1', 's2', 'T1'), at('r4', 's2', 'T1')]],
    ['a participant twice in a slot', [at('r1', 's1', 'T1'), at('r2', 's1', 'T2')]],
    ['an unavailable participant', [at('r4', 's1', 'T1')]],
    ['an unknown table', [at('r1', 's1', 'T9')]],
  ])('rejects locks with %s', (_, locked) => {
    expect(() => schedule(build({ ...base, locked }))).toThrow(SchedulingInputError);
  });
});

describe('schedule: re-running with a previous schedule', () => {
  // Every weight is equal, so every full schedule is optimal and only stability decides.
  const people: Record<string, [number]> = {};
  const requests: [string, string, string, number][] = [];
  for (let i = 1; i <= 8; i++) people[`p${i}`] = [3];
  for (let i = 1; i <= 8; i++) {
    for (const d of [1, 2]) requests.push([`r${i}-${d}`, `p${i}`, `p${((i + d - 1) % 8) + 1}`, 0.5]);
  }
  const instance = build({ slots: 4, tables: 3, people, requests });

  it('keeps an equally good previous schedule unchanged', () => {
    const first = schedule(instance, { seed: 7 });
    // Shift every meeting by one slot and swap tables: still valid, and the re-run must keep it.
    const slotIds = instance.slots.map((s) => s.id);
    const previous = first.assignments.map((a) => ({
      ...a,
      slot: slotIds[(slotIds.indexOf(a.slot) + 1) % slotIds.length],
      table: a.table === 'T1' ? 'T2' : a.table === 'T2' ? 'T1' : a.table,
    }));
    expect(validateSchedule(instance, { assignments: previous })).toEqual([]);
    const again = schedule(instance, { previous, seed: 3 });
    expect(again.stats.moved).toBe(0);
    expect(new Set(again.assignments.map((a) => JSON.stringify(a)))).toEqual(
      new Set(previous.map((a) => JSON.stringify(a))),
    );
  });

  it('moves only what a change forces', () => {
    const first = schedule(instance);
    const victim = first.assignments[0];
    const person = instance.requests.find((r) => r.id === victim.request)?.a ?? '';
    const changed: SchedulingInstance = {
      ...instance,
      participants: instance.participants.map((p) =>
        p.id === person ? { ...p, unavailable: [...p.unavailable, victim.slot] } : p,
      ),
    };
    const again = schedule(changed, { previous: first.assignments });
    expect(validateSchedule(changed, again)).toEqual([]);
    expect(again.stats.scheduled).toBe(first.stats.scheduled);
    expect(again.stats.moved).toBeGreaterThanOrEqual(1);
    expect(again.stats.moved).toBeLessThanOrEqual(3);
  });
});

describe('schedule: table capacity', () => {
  const tables = [
    { id: 'small', capacity: 2 },
    { id: 'big', capacity: 6 },
  ];

  it('seats a large party at a table big enough and explains the impossible one', () => {
    const instance = build({
      slots: 1,
      tables,
      people: { p1: [1], p2: [1], p3: [1], p4: [1], p5: [1], p6: [1] },
      requests: [
        ['team', 'p1', 'p2', 0.2, 5],
        ['pair', 'p3', 'p4', 0.3],
        ['crowd', 'p5', 'p6', 0.9, 9],
      ],
    });
    const result = schedule(instance);
    expect(validateSchedule(instance, result)).toEqual([]);
    expect(result.assignments).toContainEqual({ request: 'team', slot: 's1', table: 'big' });
    expect(result.assignments).toContainEqual({ request: 'pair', slot: 's1', table: 'small' });
    expect(reasonOf(result, 'crowd')).toBe('NO_TABLE_LARGE_ENOUGH');
  });

  it('two large parties cannot share one big table in a slot', () => {
    const instance = build({
      slots: 2,
      tables,
      people: { p1: [2], p2: [2], p3: [2, 's2'], p4: [2] },
      requests: [
        ['x', 'p1', 'p2', 0.9, 4],
        ['y', 'p3', 'p4', 0.8, 4],
      ],
    });
    const result = schedule(instance);
    expect(validateSchedule(instance, result)).toEqual([]);
    expect(result.assignments).toEqual([
      { request: 'y', slot: 's1', table: 'big' },
      { request: 'x', slot: 's2', table: 'big' },
    ]);
  });
});

describe('schedule: determinism', () => {
  it('gives the same schedule for the same seed', () => {
    const instance = build({
      slots: 2,
      tables: 2,
      people: { p1: [2], p2: [2], p3: [2], p4: [2] },
      requests: [
        ['a', 'p1', 'p2', 0.5],
        ['b', 'p3', 'p4', 0.5],
        ['c', 'p1', 'p3', 0.5],
        ['d', 'p2', 'p4', 0.5],
      ],
    });
    expect(schedule(instance, { seed: 5 }).assignments).toEqual(schedule(instance, { seed: 5 }).assignments);
  });
});

import { compact } from './compact';
import { greedyFill, weightOrder } from './construct';
import { buildModel, Model, SchedulingInputError } from './model';
import { explainUnscheduled } from './reasons';
import { Rng } from './rng';
import { improve } from './search';
import { State } from './state';
import { assignTables } from './tables';
import { Assignment, Schedule, ScheduleOptions, SchedulingInstance } from './types';
import { validateSchedule } from './validate';

const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * Schedules the instance's requests into (slot, table) pairs: as many meetings as possible, then as much weight,
 * then as few meetings moved away from `options.previous` as possible, then compact days and meetings in parallel
 * at the free tables (see compact.ts). Locked meetings are kept as given; an
 * impossible set of locks throws SchedulingInputError. Deterministic for a given input, seed and effort.
 */
export function schedule(instance: SchedulingInstance, options: ScheduleOptions = {}): Schedule {
  const started = performance.now();
  const m = buildModel(instance);
  const lockViolations = validateSchedule({ ...instance, locked: [] }, { assignments: instance.locked ?? [] });
  if (lockViolations.length > 0) throw new SchedulingInputError(lockViolations.map((v) => `locked: ${v.message}`));

  const st = new State(m);
  st.moveCost = Math.max(0, options.moveCost ?? 0);
  const previousTable = warmStart(m, st, options.previous ?? []);
  greedyFill(m, st, weightOrder(m));
  st.commit();
  const rounds = improve(m, st, new Rng(options.seed ?? 1), {
    effort: Math.max(0.1, options.effort ?? 1),
    deadline: started + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS),
  });
  // Safety net if the search stopped early: nothing that fits outright stays out (reasons rely on it).
  greedyFill(m, st, weightOrder(m));
  st.commit();
  compact(m, st);
  const table = assignTables(m, st, previousTable);

  const assignments: Assignment[] = [];
  const order: number[] = [];
  for (let r = 0; r < m.R; r++) if (st.slotOf[r] >= 0) order.push(r);
  order.sort((x, y) => st.slotOf[x] - st.slotOf[y] || table[x] - table[y]);
  for (const r of order) {
    assignments.push({ request: m.requestIds[r], slot: m.slotIds[st.slotOf[r]], table: m.tableIds[table[r]] });
  }
  const unscheduled = explainUnscheduled(
    m,
    st,
    instance.requests.map((r) => r.size),
  );
  return {
    assignments,
    unscheduled,
    stats: {
      requests: m.R,
      scheduled: assignments.length,
      weight: Math.round(st.totalWeight * 1e6) / 1e6,
      locked: m.locked.length,
      moved: countMoved(m, assignments, options.previous ?? []),
      rounds,
      millis: Math.round(performance.now() - started),
    },
  };
}

/**
 * Re-places the previous schedule's meetings that are still possible (heaviest first) in their old slots, so
 * the search starts from it and only moves what it must. Returns each request's previous table (-1: none).
 */
function warmStart(m: Model, st: State, previous: readonly Assignment[]): Int32Array {
  const previousTable = new Int32Array(m.R).fill(-1);
  const candidates: number[] = [];
  const slotOf = new Int32Array(m.R).fill(-1);
  for (const a of previous) {
    const r = m.requestIndex.get(a.request);
    const s = m.slotIndex.get(a.slot);
    if (r === undefined || s === undefined || st.previousSlot[r] >= 0 || st.fixed[r]) continue;
    st.setPrevious(r, s);
    previousTable[r] = m.tableIndex.get(a.table) ?? -1;
    slotOf[r] = s;
    candidates.push(r);
  }
  candidates.sort((x, y) => m.weight[y] - m.weight[x] || x - y);
  for (const r of candidates) {
    if (m.reqSlots[r].includes(slotOf[r]) && st.fitsFree(r, slotOf[r])) st.place(r, slotOf[r]);
  }
  return previousTable;
}

/** Previous meetings (of requests that still exist) not at the same slot and table any more. */
function countMoved(m: Model, assignments: readonly Assignment[], previous: readonly Assignment[]): number {
  const now = new Map(assignments.map((a) => [a.request, a] as const));
  let moved = 0;
  for (const p of previous) {
    if (!m.requestIndex.has(p.request)) continue;
    const a = now.get(p.request);
    if (!a || a.slot !== p.slot || a.table !== p.table) moved++;
  }
  return moved;
}

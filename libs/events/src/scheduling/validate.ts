import { DEFAULT_MEETING_SIZE, tableCapacity, tableId } from './model';
import { Assignment, SchedulingInstance, Violation, ViolationCode } from './types';

/**
 * Independent check of a schedule against the instance (written against the raw input, not the solver's
 * model, so that it can catch solver bugs). Returns every violation found; an empty list means valid.
 */
export function validateSchedule(
  instance: SchedulingInstance,
  schedule: { assignments: readonly Assignment[] },
  options: { checkLocked?: boolean } = {},
): Violation[] {
  const out: Violation[] = [];
  const add = (code: ViolationCode, message: string): void => {
    out.push({ code, message });
  };
  const slots = new Set(instance.slots.map((s) => s.id));
  const tables = new Map(instance.tables.map((t) => [tableId(t), tableCapacity(t)] as const));
  const participants = new Map(instance.participants.map((p) => [p.id, p] as const));
  const requests = new Map(instance.requests.map((r) => [r.id, r] as const));

  const seenRequest = new Set<string>();
  const tableUse = new Map<string, string>();
  const personUse = new Map<string, string>();
  const meetings = new Map<string, number>();
  for (const a of schedule.assignments) {
    const req = requests.get(a.request);
    if (!req) {
      add('UNKNOWN_REQUEST', `assignment names unknown request ${a.request}`);
      continue;
    }
    if (seenRequest.has(a.request)) add('DUPLICATE_REQUEST', `request ${a.request} is scheduled more than once`);
    seenRequest.add(a.request);
    if (!slots.has(a.slot)) add('UNKNOWN_SLOT', `request ${a.request} is in unknown slot ${a.slot}`);
    const capacity = tables.get(a.table);
    if (capacity === undefined) add('UNKNOWN_TABLE', `request ${a.request} is at unknown table ${a.table}`);
    else if ((req.size ?? DEFAULT_MEETING_SIZE) > capacity) {
      add('TABLE_TOO_SMALL', `table ${a.table} seats ${capacity}, request ${a.request} needs ${req.size}`);
    }
    const tableKey = `${a.slot}\u0000${a.table}`;
    const holder = tableUse.get(tableKey);
    if (holder !== undefined) {
      add('TABLE_DOUBLE_BOOKED', `table ${a.table} in ${a.slot} holds both ${holder} and ${a.request}`);
    } else tableUse.set(tableKey, a.request);
    for (const pid of [req.a, req.b]) {
      const person = participants.get(pid);
      if (!person) {
        add('UNKNOWN_PARTICIPANT', `request ${a.request} names unknown participant ${pid}`);
        continue;
      }
      const key = `${a.slot}\u0000${pid}`;
      const other = personUse.get(key);
      if (other !== undefined) {
        add('PARTICIPANT_DOUBLE_BOOKED', `${pid} has both ${other} and ${a.request} in ${a.slot}`);
      } else personUse.set(key, a.request);
      if (person.unavailable.includes(a.slot)) {
        add('PARTICIPANT_UNAVAILABLE', `${pid} is unavailable in ${a.slot} but meets in ${a.request}`);
      }
      meetings.set(pid, (meetings.get(pid) ?? 0) + 1);
    }
  }
  for (const [pid, n] of meetings) {
    const max = participants.get(pid)?.maxMeetings ?? 0;
    if (n > max) add('OVER_MAXIMUM', `${pid} has ${n} meetings, more than their maximum of ${max}`);
  }
  if (options.checkLocked ?? true) {
    const placed = new Map(schedule.assignments.map((a) => [a.request, a] as const));
    for (const lock of instance.locked ?? []) {
      const a = placed.get(lock.request);
      if (!a || a.slot !== lock.slot || a.table !== lock.table) {
        add('LOCKED_NOT_KEPT', `locked meeting ${lock.request} must be in ${lock.slot} at ${lock.table}`);
      }
    }
  }
  return out;
}

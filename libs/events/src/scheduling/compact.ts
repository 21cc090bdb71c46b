import { Model } from './model';
import { State } from './state';

/** Work units (slot scans) per request the compaction may spend; bounds its run time like the other phases. */
const WORK_PER_REQUEST = 4000;
const MAX_PASSES = 8;
/** Meetings of a full slot tried for a trade per (request, slot). */
const TABLE_SWAPS = 6;

/**
 * Secondary objective, after the most meetings and the most weight: the same set of meetings, moved between slots
 * so that each participant's day is compact (fewest idle slots between their first and last meeting, slots they
 * are unavailable in not counted), then so that meetings run in parallel at the free tables rather than one after
 * another at the same table (fewest slots in use), then as early as possible. Relocations and pairwise swaps of
 * meetings that lower that cost; a move never adds a moved meeting (stability from `previous` comes first), and
 * count and weight cannot change, since the set of scheduled requests stays the same. Slots are in time order.
 */
export function compact(m: Model, st: State): void {
  const { S, R } = m;
  if (S < 2 || R === 0) return;
  const lockedIn = new Int32Array(S);
  for (const [, s] of m.locked) lockedIn[s]++;
  // Weights make the three goals lexicographic: one idle slot outweighs any slot usage, one slot any earliness.
  const wSlot = R * S + 1;
  const wIdle = (S + 1) * wSlot;
  let work = 0;
  const budget = WORK_PER_REQUEST * R;

  const idle = (p: number): number => {
    work++;
    let first = -1;
    let last = -1;
    const row = p * S;
    for (let s = 0; s < S; s++) {
      if (st.busy[row + s] >= 0) {
        if (first < 0) first = s;
        last = s;
      }
    }
    let gaps = 0;
    for (let s = first + 1; s < last; s++) if (st.busy[row + s] < 0 && m.avail[row + s]) gaps++;
    return gaps;
  };
  const cost = (people: number[], slots: number[], requests: number[]): number => {
    let c = 0;
    for (const p of people) c += wIdle * idle(p);
    for (const s of slots) if (st.size[s] + lockedIn[s] > 0) c += wSlot;
    for (const r of requests) c += st.slotOf[r];
    return c;
  };
  const fits = (r: number, s: number): boolean =>
    m.avail[m.reqA[r] * S + s] === 1 &&
    m.avail[m.reqB[r] * S + s] === 1 &&
    st.busy[m.reqA[r] * S + s] < 0 &&
    st.busy[m.reqB[r] * S + s] < 0 &&
    st.tightLevel(s, m.reqClass[r]) < 0;

  /** Applies the move (r1 → s1, and r2 → s2 when r2 >= 0) if it lowers the cost; otherwise leaves all as it was. */
  const attempt = (r1: number, s1: number, r2: number, s2: number): boolean => {
    const from1 = st.slotOf[r1];
    const from2 = r2 >= 0 ? st.slotOf[r2] : -1;
    const people = r2 >= 0 ? [m.reqA[r1], m.reqB[r1], m.reqA[r2], m.reqB[r2]] : [m.reqA[r1], m.reqB[r1]];
    const unique = [...new Set(people)];
    const slots = [...new Set(r2 >= 0 ? [from1, s1, from2, s2] : [from1, s1])];
    const requests = r2 >= 0 ? [r1, r2] : [r1];
    const before = cost(unique, slots, requests);
    const moved = st.moved;
    const mark = st.checkpoint();
    st.remove(r1);
    if (r2 >= 0) st.remove(r2);
    let ok = fits(r1, s1);
    if (ok) st.place(r1, s1);
    if (ok && r2 >= 0) {
      ok = fits(r2, s2);
      if (ok) st.place(r2, s2);
    }
    if (ok && st.moved <= moved && cost(unique, slots, requests) < before) {
      st.commit();
      return true;
    }
    st.rollback(mark);
    return false;
  };

  for (let pass = 0; pass < MAX_PASSES && work < budget; pass++) {
    let gains = 0;
    for (let r = 0; r < R && work < budget; r++) {
      const from = st.slotOf[r];
      if (from < 0 || st.fixed[r]) continue;
      for (const s of m.reqSlots[r]) {
        if (s === from || st.slotOf[r] !== from) continue;
        const [a, b] = [m.reqA[r], m.reqB[r]];
        if (fits(r, s)) {
          if (attempt(r, s, -1, -1)) gains++;
          continue;
        }
        // Both free but every table taken: trade places with a few of the slot's meetings.
        if (st.busy[a * S + s] < 0 && st.busy[b * S + s] < 0) {
          for (let k = 0; k < TABLE_SWAPS && st.size[s] > 0 && st.slotOf[r] === from; k++) {
            const other = st.members[s][(r * 7 + k * 13 + pass) % st.size[s]];
            if (!st.fixed[other] && m.reqSlots[other].includes(from) && attempt(r, s, other, from)) gains++;
          }
          continue;
        }
        // Blocked in s by one of its people's meetings: try trading places with it.
        for (const p of [a, b]) {
          const other = st.busy[p * S + s];
          if (other < 0 || other === r || st.fixed[other] || !m.reqSlots[other].includes(from) || st.slotOf[r] !== from)
            continue;
          if (attempt(r, s, other, from)) gains++;
        }
      }
    }
    if (gains === 0) break;
  }
}

export interface ScheduleShape {
  /** Participants with at least one meeting. */
  participantsMeeting: number;
  /** Slots between a participant's first and last meeting without a meeting (unavailable slots not counted). */
  idleSlots: number;
  idleSlotsPerParticipant: number;
  /** Slots with at least one meeting, and the tables they use on average. */
  slotsUsed: number;
  tablesUsedPerSlot: number;
}

/** The secondary figures of a schedule, for the benchmark and tests (slots in the instance's order = time order). */
export function scheduleShape(
  instance: {
    slots: { id: string }[];
    participants: { id: string; unavailable: string[] }[];
    requests: { id: string; a: string; b: string }[];
  },
  assignments: readonly { request: string; slot: string; table: string }[],
): ScheduleShape {
  const slotIndex = new Map(instance.slots.map((s, i) => [s.id, i]));
  const byId = new Map(instance.requests.map((r) => [r.id, r]));
  const days = new Map<string, number[]>();
  const tables = new Map<number, Set<string>>();
  for (const a of assignments) {
    const s = slotIndex.get(a.slot);
    const r = byId.get(a.request);
    if (s === undefined || !r) continue;
    for (const p of [r.a, r.b]) days.set(p, [...(days.get(p) ?? []), s]);
    tables.set(s, (tables.get(s) ?? new Set()).add(a.table));
  }
  const away = new Map(instance.participants.map((p) => [p.id, new Set(p.unavailable.map((id) => slotIndex.get(id)))]));
  let idleSlots = 0;
  for (const [p, slots] of days) {
    const busy = new Set(slots);
    for (let s = Math.min(...slots) + 1; s < Math.max(...slots); s++)
      if (!busy.has(s) && !away.get(p)?.has(s)) idleSlots++;
  }
  const used = [...tables.values()];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    participantsMeeting: days.size,
    idleSlots,
    idleSlotsPerParticipant: days.size ? round(idleSlots / days.size) : 0,
    slotsUsed: used.length,
    tablesUsedPerSlot: used.length ? round(used.reduce((n, t) => n + t.size, 0) / used.length) : 0,
  };
}

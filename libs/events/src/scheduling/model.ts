import { Assignment, SchedulingInstance, SchedulingTable } from './types';

/** Meetings without an explicit size seat two people. */
export const DEFAULT_MEETING_SIZE = 2;

export class SchedulingInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid scheduling input: ${problems.join('; ')}`);
    this.name = 'SchedulingInputError';
  }
}

export function tableId(table: SchedulingTable): string {
  return typeof table === 'string' ? table : table.id;
}

export function tableCapacity(table: SchedulingTable): number {
  return typeof table === 'string' || table.capacity === undefined ? Infinity : table.capacity;
}

/**
 * The instance compiled to dense integer indices so the search runs on typed arrays, not maps of strings.
 * Table capacities are bucketed into "levels" (distinct capacities, ascending): a meeting of class c fits every
 * table of level >= c, so a slot can host its meetings iff for every level k, the meetings needing >= k do not
 * outnumber the tables offering >= k (Hall's condition for nested sets). Without capacities there is one level.
 */
export interface Model {
  readonly S: number;
  readonly T: number;
  readonly P: number;
  readonly R: number;
  /** Number of capacity levels. */
  readonly L: number;
  readonly slotIds: string[];
  readonly tableIds: string[];
  readonly tableLevel: Int32Array;
  readonly participantIds: string[];
  readonly maxMeetings: Int32Array;
  /** avail[p * S + s] = 1 when participant p can meet in slot s. */
  readonly avail: Uint8Array;
  readonly requestIds: string[];
  readonly reqA: Int32Array;
  readonly reqB: Int32Array;
  readonly weight: Float64Array;
  /** Capacity level a request needs; -1 when no table is large enough. */
  readonly reqClass: Int32Array;
  /** Why a request can never be scheduled (unknown participant, duplicate id …), or undefined. */
  readonly invalid: (string | undefined)[];
  /** Slots in which both participants are available (empty for invalid requests). */
  readonly reqSlots: Int32Array[];
  /** Valid requests by participant. */
  readonly adjacent: Int32Array[];
  /** poolAtLeast[s * L + k] = tables of level >= k left in slot s once locked meetings took theirs. */
  readonly poolAtLeast: Int32Array;
  /** Locked assignments as [request, slot, table] index triples. */
  readonly locked: ReadonlyArray<readonly [number, number, number]>;
  /** tableLocked[s * T + t] = 1 when a locked meeting holds table t in slot s. */
  readonly tableLocked: Uint8Array;
  readonly slotIndex: Map<string, number>;
  readonly tableIndex: Map<string, number>;
  readonly requestIndex: Map<string, number>;
}

function indexOf(ids: string[], what: string, problems: string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (map.has(id)) problems.push(`duplicate ${what} id ${id}`);
    else map.set(id, i);
  });
  return map;
}

export function buildModel(instance: SchedulingInstance): Model {
  const problems: string[] = [];
  const slotIds = instance.slots.map((s) => s.id);
  const tableIds = instance.tables.map(tableId);
  const participantIds = instance.participants.map((p) => p.id);
  const slotIndex = indexOf(slotIds, 'slot', problems);
  const tableIndex = indexOf(tableIds, 'table', problems);
  const partIndex = indexOf(participantIds, 'participant', problems);
  const S = slotIds.length;
  const T = tableIds.length;
  const P = participantIds.length;
  const R = instance.requests.length;

  const levelCap = [...new Set(instance.tables.map(tableCapacity))].sort((x, y) => x - y);
  const L = Math.max(1, levelCap.length);
  const tableLevel = Int32Array.from(instance.tables, (t) => levelCap.indexOf(tableCapacity(t)));

  const maxMeetings = Int32Array.from(instance.participants, (p) => Math.max(0, Math.floor(p.maxMeetings)));
  const avail = new Uint8Array(P * S).fill(1);
  instance.participants.forEach((p, pi) => {
    for (const sid of p.unavailable) {
      const s = slotIndex.get(sid);
      if (s !== undefined) avail[pi * S + s] = 0;
    }
  });

  const requestIds = instance.requests.map((r) => r.id);
  const requestIndex = new Map<string, number>();
  const reqA = new Int32Array(R).fill(-1);
  const reqB = new Int32Array(R).fill(-1);
  const weight = new Float64Array(R);
  const reqClass = new Int32Array(R).fill(-1);
  const invalid: (string | undefined)[] = new Array<string | undefined>(R).fill(undefined);
  const reqSlots: Int32Array[] = [];
  const adjacentLists: number[][] = participantIds.map(() => []);
  instance.requests.forEach((req, r) => {
    const a = partIndex.get(req.a);
    const b = partIndex.get(req.b);
    const size = req.size ?? DEFAULT_MEETING_SIZE;
    const cls = levelCap.findIndex((cap) => cap >= size);
    weight[r] = Number.isFinite(req.weight) ? req.weight : 0;
    reqClass[r] = cls;
    if (requestIndex.has(req.id)) invalid[r] = `request id ${req.id} appears more than once`;
    else requestIndex.set(req.id, r);
    if (a === undefined || b === undefined) invalid[r] ??= `request ${req.id} names an unknown participant`;
    else if (a === b) invalid[r] ??= `request ${req.id} pairs ${req.a} with themself`;
    const slots: number[] = [];
    if (a !== undefined && b !== undefined) {
      reqA[r] = a;
      reqB[r] = b;
      if (invalid[r] === undefined) {
        for (let s = 0; s < S; s++) if (avail[a * S + s] && avail[b * S + s]) slots.push(s);
        adjacentLists[a].push(r);
        adjacentLists[b].push(r);
      }
    }
    // Requests that can never be placed get no slots, so the search never looks at them.
    reqSlots.push(Int32Array.from(invalid[r] === undefined && cls >= 0 ? slots : []));
  });

  const locked: [number, number, number][] = [];
  const tableLocked = new Uint8Array(S * T);
  for (const lock of instance.locked ?? []) {
    const r = requestIndex.get(lock.request);
    const s = slotIndex.get(lock.slot);
    const t = tableIndex.get(lock.table);
    if (r === undefined || s === undefined || t === undefined || invalid[r] !== undefined) {
      problems.push(`locked meeting ${describe(lock)} refers to an unknown or invalid request, slot or table`);
      continue;
    }
    locked.push([r, s, t]);
    tableLocked[s * T + t] = 1;
  }

  const poolAtLeast = new Int32Array(S * L);
  for (let s = 0; s < S; s++) {
    for (let t = 0; t < T; t++) {
      if (tableLocked[s * T + t]) continue;
      for (let k = 0; k <= tableLevel[t]; k++) poolAtLeast[s * L + k]++;
    }
  }
  if (problems.length > 0) throw new SchedulingInputError(problems);

  return {
    S,
    T,
    P,
    R,
    L,
    slotIds,
    tableIds,
    tableLevel,
    participantIds,
    maxMeetings,
    avail,
    requestIds,
    reqA,
    reqB,
    weight,
    reqClass,
    invalid,
    reqSlots,
    adjacent: adjacentLists.map((l) => Int32Array.from(l)),
    poolAtLeast,
    locked,
    tableLocked,
    slotIndex,
    tableIndex,
    requestIndex,
  };
}

export function describe(a: Assignment): string {
  return `${a.request}@${a.slot}/${a.table}`;
}

import { Augmenter } from './augment';
import { Model } from './model';
import { Rng } from './rng';
import { State } from './state';
import { SlotMatcher } from './slot-matching';
import { Upgrader } from './upgrade';

export interface SearchLimits {
  /** Multiplies work budgets; the search is deterministic for a given effort and seed. */
  effort: number;
  /** performance.now() value after which the search stops early (safety net, normally not reached). */
  deadline: number;
}

/** Chain depth and node budget per attempt, escalated while cheaper settings stop finding gains. */
const AUGMENT_LEVELS: ReadonlyArray<readonly [number, number]> = [
  [3, 150],
  [4, 800],
  [6, 4000],
];
const MAX_ROUNDS = 4;
const MAX_WEIGHT_PASSES = 12;
/** Total work (chain nodes visited) per request for each objective's phases: bounds the run time. */
const COUNT_WORK_PER_REQUEST = 1500;
const WEIGHT_WORK_PER_REQUEST = 500;
const STABILITY_WORK_PER_REQUEST = 200;
/** Share of the count work sideways moves may use in one round. */
const PLATEAU_WORK_PER_REQUEST = 400;

/**
 * No schedule can beat this count (locked meetings included): per slot, the pool tables or half of the
 * participants who could still meet there; overall, half of what participants can still take (free slots
 * with a possible partner, remaining maximum, number of requests); and the number of placeable requests.
 */
export function countUpperBound(m: Model, st: State): number {
  const { S, P } = m;
  const usableSlot = new Uint8Array(P * S);
  const degree = new Int32Array(P);
  let placeable = 0;
  for (let r = 0; r < m.R; r++) {
    if (m.reqSlots[r].length === 0 || st.fixed[r]) continue;
    placeable++;
    for (const p of [m.reqA[r], m.reqB[r]]) {
      degree[p]++;
      for (const s of m.reqSlots[r]) if (st.busy[p * S + s] < 0) usableSlot[p * S + s] = 1;
    }
  }
  const active = new Int32Array(S);
  let ends = 0;
  for (let p = 0; p < P; p++) {
    let free = 0;
    for (let s = 0; s < S; s++) {
      free += usableSlot[p * S + s];
      active[s] += usableSlot[p * S + s];
    }
    ends += Math.max(0, Math.min(free, m.maxMeetings[p] - st.count[p], degree[p]));
  }
  let perSlot = 0;
  for (let s = 0; s < S; s++) perSlot += Math.min(m.poolAtLeast[s * m.L], Math.floor(active[s] / 2));
  return m.locked.length + Math.min(perSlot, Math.floor(ends / 2), placeable);
}

/**
 * Local search on a greedy start, in rounds while a round still improves: per-slot matchings and ejection
 * chains raise the count (sideways moves when they are stuck below the bound), weight moves with repair
 * chains raise the weight, and stability moves send meetings back to their previous slots.
 * Returns the number of rounds run.
 */
export function improve(m: Model, st: State, rng: Rng, limits: SearchLimits): number {
  const aug = new Augmenter(m, st, rng);
  const up = new Upgrader(m, st, aug, rng);
  const matcher = new SlotMatcher(m, st);
  // Each objective has its own work budget, so weight polishing never starves the count (or stability).
  const cap = { count: COUNT_WORK_PER_REQUEST, weight: WEIGHT_WORK_PER_REQUEST, stability: STABILITY_WORK_PER_REQUEST };
  const spent = { count: 0, weight: 0, stability: 0 };
  let kind: keyof typeof cap = 'count';
  let phaseStart = 0;
  const scale = Math.max(1, m.R) * limits.effort;
  const ctx: Context = {
    m,
    st,
    rng,
    aug,
    up,
    matcher,
    effort: limits.effort,
    bound: upperBoundAfterLocks(m),
    out: () => spent[kind] + aug.work - phaseStart > cap[kind] * scale || performance.now() > limits.deadline,
  };
  const run = (phaseKind: keyof typeof cap, phase: (c: Context) => void): void => {
    kind = phaseKind;
    phaseStart = aug.work;
    if (!ctx.out()) phase(ctx);
    spent[kind] += aug.work - phaseStart;
    st.commit();
  };
  let rounds = 0;
  while (rounds < MAX_ROUNDS * limits.effort && performance.now() <= limits.deadline) {
    rounds++;
    const before = [st.scheduled, st.totalWeight, st.moved] as const;
    run('count', augmentPhase);
    run('count', plateauPhase);
    run('weight', weightPhase);
    run('stability', stabilityPhase);
    if (!st.improvesOn(...before)) break;
  }
  return rounds;
}

interface Context {
  m: Model;
  st: State;
  rng: Rng;
  aug: Augmenter;
  up: Upgrader;
  matcher: SlotMatcher;
  effort: number;
  /** Count upper bound: no need to search for more meetings once reached. */
  bound: number;
  /** True once the current phase kind's work budget or the deadline is used up. */
  out: () => boolean;
}

function upperBoundAfterLocks(m: Model): number {
  const st = new State(m);
  return countUpperBound(m, st);
}

function unscheduled(m: Model, st: State): number[] {
  const list: number[] = [];
  for (let r = 0; r < m.R; r++) if (st.slotOf[r] < 0 && m.reqSlots[r].length > 0) list.push(r);
  return list;
}

/**
 * Per-slot maximum matchings first (cheap, and they settle each slot's own conflicts exactly), then ejection
 * chains across slots at escalating depth; chains reshape the slots, so the two alternate while they gain.
 */
function augmentPhase(ctx: Context): void {
  const { m, st, rng, aug, bound, effort, out } = ctx;
  for (let round = 0; round < 3; round++) {
    matchSlots(ctx);
    let gained = 0;
    for (const [depth, budget] of AUGMENT_LEVELS) {
      for (let pass = 0; pass < 3 * effort; pass++) {
        if (st.scheduled >= bound || out()) return;
        let gains = 0;
        for (const r of rng.shuffle(unscheduled(m, st))) {
          if (st.slotOf[r] < 0 && aug.gain(r, depth, budget * effort)) gains++;
          st.commit();
          if (st.scheduled >= bound || out()) return;
        }
        gained += gains;
        if (gains === 0) break;
      }
    }
    if (gained === 0) return;
  }
}

/** Per-slot maximum matching on every slot with a free table; returns the meetings added. */
function matchSlots({ m, st, matcher, bound, out }: Context): number {
  let added = 0;
  for (let s = 0; s < m.S && st.scheduled < bound && !out(); s++) added += matcher.augmentSlot(s);
  st.commit();
  return added;
}

/**
 * Heaviest unscheduled requests first: they are the ones most likely to pay for what they displace. A request
 * that failed is retried only once one of its participants' meetings changed, until a pass finds nothing; a
 * last full pass then confirms (other changes, e.g. in a slot's lightest meeting, can open a move too).
 */
function weightPhase({ m, st, up, effort, out }: Context): void {
  const failedAt = new Int32Array(m.R).fill(-1);
  let full = true;
  for (let pass = 0; pass < MAX_WEIGHT_PASSES * effort && !out(); pass++) {
    const list = unscheduled(m, st).sort((x, y) => m.weight[y] - m.weight[x]);
    let gains = 0;
    for (const r of list) {
      const seen = failedAt[r];
      if (!full && seen >= st.changedAt[m.reqA[r]] && seen >= st.changedAt[m.reqB[r]]) continue;
      if (up.tryInsert(r)) gains++;
      else failedAt[r] = st.version;
      st.commit();
      if (out()) return;
    }
    if (gains > 0) full = false;
    else if (full) return;
    else full = true;
  }
}

/**
 * When chains are stuck below the bound: sideways moves (insert a request evicting all its blockers, repair,
 * keep if the count did not drop) let the search walk across equal-count schedules to where a chain exists.
 * Sideways steps may shed weight, so without a count gain the walk is undone at the end.
 */
function plateauPhase({ m, st, rng, aug, up, bound, effort, out }: Context): void {
  if (st.scheduled >= bound) return;
  const stop = aug.work + PLATEAU_WORK_PER_REQUEST * m.R * effort;
  let best = st.snapshot();
  let bestCount = st.scheduled;
  while (st.scheduled < bound && aug.work < stop && !out()) {
    for (const [r, s] of rng.shuffle(sidewaysMoves(m, st, rng))) {
      if (st.slotOf[r] >= 0) continue;
      up.tryMove(r, s, true);
      st.commit();
      if (st.scheduled > bestCount) {
        best = st.snapshot();
        bestCount = st.scheduled;
      }
      if (st.scheduled >= bound || aug.work >= stop || out()) break;
    }
  }
  st.restore(best);
  st.commit();
}

/**
 * Sideways moves aimed at the "holes" a missing meeting leaves: unscheduled requests of participants below
 * their maximum (each step hands the spare capacity on to the partner of an evicted meeting), and unscheduled
 * requests that could use a slot with a free table. Walking the holes until two meet is how the count grows;
 * undirected moves mostly shuffle meetings far away from them. Falls back to all requests if there are none.
 */
function sidewaysMoves(m: Model, st: State, rng: Rng): [number, number][] {
  const { S } = m;
  const holeSlot = new Uint8Array(S);
  for (let s = 0; s < S; s++) holeSlot[s] = st.tightLevel(s, 0) < 0 ? 1 : 0;
  const moves: [number, number][] = [];
  const all = unscheduled(m, st);
  for (const r of all) {
    const slots = m.reqSlots[r];
    const holes = slots.filter((s) => holeSlot[s]);
    if (holes.length > 0) moves.push([r, holes[rng.int(holes.length)]]);
    else if (!st.atMax(m.reqA[r]) || !st.atMax(m.reqB[r])) moves.push([r, slots[rng.int(slots.length)]]);
  }
  if (moves.length > 0) return moves;
  return all.map((r) => [r, m.reqSlots[r][rng.int(m.reqSlots[r].length)]] as [number, number]);
}

/** Sends moved meetings back to their previous slot when that costs neither count nor weight. */
function stabilityPhase({ m, st, up, out }: Context): void {
  for (let pass = 0; pass < 3 && st.moved > 0 && !out(); pass++) {
    let gains = 0;
    for (let r = 0; r < m.R; r++) {
      const home = st.previousSlot[r];
      if (home < 0 || st.slotOf[r] === home || !m.reqSlots[r].includes(home)) continue;
      if (up.tryMove(r, home)) gains++;
      st.commit();
    }
    if (gains === 0) return;
  }
}

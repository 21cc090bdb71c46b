import { Augmenter } from './augment';
import { Model } from './model';
import { Rng } from './rng';
import { State } from './state';

/**
 * Weight and stability moves: put a request into a slot, evicting whatever is in the way (its participants'
 * meetings in that slot, their lightest meeting if they are at their maximum, the slot's lightest meeting if
 * all tables are taken), then try to re-place the evicted meetings with short ejection chains. A move is kept
 * only when it improves the objective (count, then weight, then fewer moved meetings); else it is rolled back.
 */
export class Upgrader {
  private readonly evicted: number[] = [];
  repairDepth = 2;
  repairBudget = 60;

  constructor(
    private readonly m: Model,
    private readonly st: State,
    private readonly aug: Augmenter,
    private readonly rng: Rng,
  ) {}

  /** Tries unscheduled r in each of its slots (random order) until one move improves the schedule. */
  tryInsert(r: number): boolean {
    const slots = this.m.reqSlots[r];
    const n = slots.length;
    if (n === 0 || this.st.slotOf[r] >= 0) return false;
    const off = this.rng.int(n);
    for (let i = 0; i < n; i++) if (this.tryMove(r, slots[(off + i) % n])) return true;
    return false;
  }

  /**
   * Moves r (scheduled elsewhere or not at all) into slot s if that improves the objective. With `plateau`,
   * any result with at least as many meetings is kept: a sideways step that lets the count search escape
   * a local optimum (weight may drop; the weight phase runs afterwards).
   */
  tryMove(r: number, s: number, plateau = false): boolean {
    const { m, st } = this;
    const { scheduled, totalWeight, moved } = st;
    const relocating = st.slotOf[r] >= 0;
    if (st.slotOf[r] === s || st.fixed[r]) return false;
    this.aug.work++; // a sideways move may need no chain at all, yet it must use up the budget
    // Without a spare place, an inserted request drops at least one blocker, so it must out-weigh one.
    const minGain = relocating || plateau ? Infinity : m.weight[r];
    if (!this.blockers(r, s, minGain)) return false;
    // Sideways moves still try for a gain first; they settle for an equal count afterwards.
    const done = plateau
      ? (): boolean => st.scheduled > scheduled
      : (): boolean => st.improvesOn(scheduled, totalWeight, moved);
    const mark = st.checkpoint();
    if (relocating) st.remove(r);
    for (const e of this.evicted) st.remove(e);
    if (st.fitsFree(r, s)) {
      st.place(r, s);
      if (
        this.repair(
          this.evicted.sort((x, y) => m.weight[y] - m.weight[x]),
          done,
          plateau,
        )
      )
        return true;
      if (plateau && st.scheduled >= scheduled) return true;
    }
    st.rollback(mark);
    return false;
  }

  /**
   * Re-places evicted meetings with short chains; failing that (and if `substitute`, as it costs a lot of
   * work), offers the places they freed to other unscheduled requests of the same participants. Stops as
   * soon as `done` holds.
   */
  private repair(evicted: readonly number[], done: () => boolean, substitute: boolean): boolean {
    const { m, st, aug } = this;
    for (const e of evicted) {
      if (done()) return true;
      if (st.slotOf[e] < 0) aug.gain(e, this.repairDepth, this.repairBudget);
    }
    if (!substitute) return done();
    for (const e of evicted) {
      for (const p of [m.reqA[e], m.reqB[e]]) {
        if (done()) return true;
        if (st.atMax(p)) continue;
        for (const q of m.adjacent[p]) {
          if (st.slotOf[q] < 0 && m.reqSlots[q].length > 0 && aug.gain(q, this.repairDepth, this.repairBudget)) {
            if (done()) return true;
          }
        }
      }
    }
    return done();
  }

  /**
   * Cheapest blockers of r in slot s into `evicted`, without changing the state; false when a locked meeting
   * is in the way or every blocker is at least `minGain` heavy.
   */
  private blockers(r: number, s: number, minGain: number): boolean {
    const { m, st } = this;
    const S = m.S;
    const ev = this.evicted;
    ev.length = 0;
    const own = st.slotOf[r];
    let freedClass = -1;
    for (const p of [m.reqA[r], m.reqB[r]]) {
      const inSlot = st.busy[p * S + s];
      if (inSlot >= 0) {
        if (st.fixed[inSlot]) return false;
        if (!ev.includes(inSlot)) ev.push(inSlot);
        freedClass = Math.max(freedClass, m.reqClass[inSlot]);
      } else if (own < 0 && st.atMax(p)) {
        const lightest = this.lightestOf(p);
        if (lightest < 0 || ev.includes(lightest)) return false;
        ev.push(lightest);
      }
    }
    if (!st.fitsTable(s, m.reqClass[r], freedClass)) {
      const victim = this.lightestInSlot(s, st.tightLevel(s, m.reqClass[r]));
      if (victim < 0 || ev.includes(victim)) return false;
      ev.push(victim);
    }
    if (ev.length === 0) return true;
    let lightest = Infinity;
    for (const e of ev) lightest = Math.min(lightest, m.weight[e]);
    return minGain > lightest + 1e-9;
  }

  private lightestOf(p: number): number {
    const { m, st } = this;
    let best = -1;
    for (let t = 0; t < m.S; t++) {
      const q = st.busy[p * m.S + t];
      if (q >= 0 && !st.fixed[q] && (best < 0 || m.weight[q] < m.weight[best])) best = q;
    }
    return best;
  }

  private lightestInSlot(s: number, minClass: number): number {
    const { m, st } = this;
    const members = st.members[s];
    let best = -1;
    for (let i = 0; i < st.size[s]; i++) {
      const q = members[i];
      if (m.reqClass[q] >= minClass && (best < 0 || m.weight[q] < m.weight[best])) best = q;
    }
    return best;
  }
}

import { Model } from './model';
import { Rng } from './rng';
import { State } from './state';

/**
 * Ejection chains ("augmenting paths"): to place an unscheduled request, put it in a slot where at most one
 * meeting is in the way, evict that meeting, then recursively place the evicted meeting elsewhere, or use what
 * its eviction freed (a participant's spare capacity) for another unscheduled request. A chain succeeds when its
 * last step evicts nothing, so the schedule gains one meeting; a failed chain is rolled back from the journal.
 */
export class Augmenter {
  private readonly stamp: Int32Array;
  private epoch = 0;
  private budget = 0;
  /** Chain nodes visited so far: the deterministic measure of search effort. */
  work = 0;
  /** One option buffer per chain depth: the recursion must not clobber the options of the level above. */
  private readonly buffers: number[][] = [];
  /** How many meetings to try evicting when a slot's tables are all taken. */
  tableEvictions = 3;

  constructor(
    private readonly m: Model,
    private readonly st: State,
    private readonly rng: Rng,
  ) {
    this.stamp = new Int32Array(m.R);
  }

  /** Tries to schedule unscheduled request r with chains of at most `depth` evictions. */
  gain(r: number, depth: number, budget: number): boolean {
    this.epoch++;
    this.budget = budget;
    const mark = this.st.checkpoint();
    const ok = this.tryPlace(r, depth);
    if (!ok) this.st.rollback(mark);
    return ok;
  }

  private tryPlace(r: number, d: number): boolean {
    const { st, m } = this;
    this.stamp[r] = this.epoch;
    this.budget--;
    this.work++;
    const slots = m.reqSlots[r];
    const n = slots.length;
    // A participant at their maximum rules out every free placement; skip the slot scan then.
    if (!st.atMax(m.reqA[r]) && !st.atMax(m.reqB[r])) {
      for (let i = 0; i < n; i++) {
        if (st.fitsFree(r, slots[i])) {
          st.place(r, slots[i]);
          return true;
        }
      }
    }
    if (d === 0 || n === 0) return false;
    const off = this.rng.int(n);
    for (let i = 0; i < n; i++) {
      const s = slots[(off + i) % n];
      const options = this.evictionOptions(r, s, this.buffer(d));
      for (const victim of options) {
        if (--this.budget < 0) return false;
        if (this.stamp[victim] === this.epoch) continue;
        const mark = st.checkpoint();
        st.remove(victim);
        st.place(r, s);
        this.stamp[victim] = this.epoch;
        if (this.continueAfter(victim, d - 1)) return true;
        st.rollback(mark);
      }
    }
    return false;
  }

  /** After evicting `victim`: re-place it, or give the capacity it freed to another unscheduled request. */
  private continueAfter(victim: number, d: number): boolean {
    const { st, m } = this;
    if (this.tryPlace(victim, d)) return true;
    for (const p of [m.reqA[victim], m.reqB[victim]]) {
      if (st.atMax(p)) continue;
      const adj = m.adjacent[p];
      const n = adj.length;
      const off = this.rng.int(Math.max(1, n));
      for (let i = 0; i < n; i++) {
        const q = adj[(off + i) % n];
        if (st.slotOf[q] >= 0 || this.stamp[q] === this.epoch || m.reqSlots[q].length === 0) continue;
        if (this.budget <= 0) return false;
        if (this.tryPlace(q, d)) return true;
      }
    }
    return false;
  }

  private buffer(d: number): number[] {
    while (this.buffers.length <= d) this.buffers.push([]);
    return this.buffers[d];
  }

  /**
   * Meetings whose eviction alone lets unscheduled r into slot s, into `out` (empty when there are none or
   * two are needed). A full slot offers a few random members rather than all: chains stay cheap and varied.
   */
  private evictionOptions(r: number, s: number, out: number[]): number[] {
    const { st, m } = this;
    out.length = 0;
    const S = m.S;
    const a = m.reqA[r];
    const b = m.reqB[r];
    const cls = m.reqClass[r];
    const ma = st.busy[a * S + s];
    const mb = st.busy[b * S + s];
    if (ma >= 0 && mb >= 0) {
      if (ma === mb && !st.fixed[ma]) out.push(ma);
      return out;
    }
    if (ma >= 0 || mb >= 0) {
      const blocker = ma >= 0 ? ma : mb;
      const other = ma >= 0 ? b : a;
      if (!st.fixed[blocker] && !st.atMax(other) && st.fitsTable(s, cls, m.reqClass[blocker])) out.push(blocker);
      return out;
    }
    const tight = st.tightLevel(s, cls);
    const needA = st.atMax(a);
    const needB = st.atMax(b);
    if ((tight >= 0 ? 1 : 0) + (needA ? 1 : 0) + (needB ? 1 : 0) !== 1) return out;
    if (tight >= 0) {
      const members = st.members[s];
      const size = st.size[s];
      for (let k = 0; k < this.tableEvictions && size > 0; k++) {
        const victim = members[this.rng.int(size)];
        if (m.reqClass[victim] >= tight) out.push(victim);
      }
      return out;
    }
    const p = needA ? a : b;
    for (let t = 0; t < S; t++) {
      const victim = st.busy[p * S + t];
      if (victim >= 0 && !st.fixed[victim]) out.push(victim);
    }
    return this.rng.shuffle(out);
  }
}

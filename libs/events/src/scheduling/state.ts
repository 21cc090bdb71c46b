import { Model } from './model';

/**
 * Mutable slot assignment of requests (tables are chosen at the end, per slot: they are interchangeable apart
 * from capacity, which the per-level counters below account for). Locked meetings are placed once and marked
 * fixed; they hold their own table, so they are not part of a slot's table pool or member list.
 */
export class State {
  readonly slotOf: Int32Array;
  /** busy[p * S + s] = the request participant p meets in slot s, or -1. */
  readonly busy: Int32Array;
  readonly count: Int32Array;
  readonly fixed: Uint8Array;
  /** Pool meetings per slot and capacity class. */
  private readonly classCount: Int32Array;
  /** Pool meetings of each slot, unordered, with their positions for O(1) removal. */
  readonly members: Int32Array[];
  readonly size: Int32Array;
  private readonly pos: Int32Array;
  scheduled = 0;
  totalWeight = 0;
  /** Slot each request had in the previous schedule (-1: none), and how many are not there now. */
  readonly previousSlot: Int32Array;
  moved = 0;
  /** Weight a moved meeting costs (0: moves only break ties in weight). */
  moveCost = 0;
  /** Commit counter, and the commit at which each participant's meetings last changed. */
  version = 0;
  readonly changedAt: Int32Array;
  /** Undo log of place/remove calls: request and the slot it was in before (-1 = unscheduled). */
  private journal = new Int32Array(1024);
  private top = 0;

  constructor(readonly m: Model) {
    this.slotOf = new Int32Array(m.R).fill(-1);
    this.busy = new Int32Array(m.P * m.S).fill(-1);
    this.count = new Int32Array(m.P);
    this.fixed = new Uint8Array(m.R);
    this.classCount = new Int32Array(m.S * m.L);
    this.members = Array.from({ length: m.S }, () => new Int32Array(m.T));
    this.size = new Int32Array(m.S);
    this.pos = new Int32Array(m.R).fill(-1);
    this.previousSlot = new Int32Array(m.R).fill(-1);
    this.changedAt = new Int32Array(m.P);
    for (const [r, s] of m.locked) {
      this.fixed[r] = 1;
      this.mark(r, s);
    }
  }

  /** Records where r was in the previous schedule (locked requests are not the search's business). */
  setPrevious(r: number, s: number): void {
    if (this.fixed[r] || this.previousSlot[r] >= 0) return;
    this.previousSlot[r] = s;
    if (this.slotOf[r] !== s) this.moved++;
  }

  /**
   * Objective: more meetings, then more weight (less `moveCost` per moved meeting), then fewer moved meetings.
   * Weights within 1e-9 tie, so float noise from add/subtract sequences does not count as an improvement.
   */
  improvesOn(scheduled: number, weight: number, moved: number): boolean {
    if (this.scheduled !== scheduled) return this.scheduled > scheduled;
    const delta = this.totalWeight - weight - this.moveCost * (this.moved - moved);
    if (Math.abs(delta) > 1e-9) return delta > 0;
    return this.moved < moved;
  }

  /** Puts an unscheduled request into slot s; the caller has checked that it fits. */
  place(r: number, s: number): void {
    this.log(r, -1);
    this.placeRaw(r, s);
  }

  remove(r: number): void {
    this.log(r, this.slotOf[r]);
    this.removeRaw(r);
  }

  private log(r: number, from: number): void {
    if (this.top + 2 > this.journal.length) {
      const bigger = new Int32Array(this.journal.length * 2);
      bigger.set(this.journal);
      this.journal = bigger;
    }
    this.journal[this.top++] = r;
    this.journal[this.top++] = from;
  }

  private placeRaw(r: number, s: number): void {
    const m = this.m;
    this.mark(r, s);
    this.classCount[s * m.L + m.reqClass[r]]++;
    const at = this.size[s]++;
    this.members[s][at] = r;
    this.pos[r] = at;
  }

  private removeRaw(r: number): void {
    const m = this.m;
    const s = this.slotOf[r];
    const S = m.S;
    this.busy[m.reqA[r] * S + s] = -1;
    this.busy[m.reqB[r] * S + s] = -1;
    this.count[m.reqA[r]]--;
    this.count[m.reqB[r]]--;
    if (this.previousSlot[r] === s) this.moved++;
    this.slotOf[r] = -1;
    this.scheduled--;
    this.totalWeight -= m.weight[r];
    this.classCount[s * m.L + m.reqClass[r]]--;
    const at = this.pos[r];
    const last = this.members[s][--this.size[s]];
    this.members[s][at] = last;
    this.pos[last] = at;
    this.pos[r] = -1;
  }

  private mark(r: number, s: number): void {
    const m = this.m;
    this.busy[m.reqA[r] * m.S + s] = r;
    this.busy[m.reqB[r] * m.S + s] = r;
    this.count[m.reqA[r]]++;
    this.count[m.reqB[r]]++;
    if (this.previousSlot[r] === s) this.moved--;
    this.slotOf[r] = s;
    this.scheduled++;
    this.totalWeight += m.weight[r];
  }

  /** Position in the undo log, for rollback(). */
  checkpoint(): number {
    return this.top;
  }

  /** Undoes every place/remove since the checkpoint. */
  rollback(mark: number): void {
    const j = this.journal;
    while (this.top > mark) {
      const from = j[--this.top];
      const r = j[--this.top];
      if (from < 0) this.removeRaw(r);
      else this.placeRaw(r, from);
    }
  }

  /**
   * Accepts the current state: forgets the undo log and stamps the participants whose meetings changed with a
   * new version, so searches can skip requests whose surroundings did not change since they last failed.
   */
  commit(): void {
    const j = this.journal;
    if (this.top === 0) return;
    this.version++;
    for (let i = 0; i < this.top; i += 2) {
      this.changedAt[this.m.reqA[j[i]]] = this.version;
      this.changedAt[this.m.reqB[j[i]]] = this.version;
    }
    this.top = 0;
  }

  /** Copy of the slot of every request, to return to with restore(). */
  snapshot(): Int32Array {
    return this.slotOf.slice();
  }

  /** Returns to a snapshot by moving only the requests whose slot differs (journaled like any change). */
  restore(snap: Int32Array): void {
    const differ: number[] = [];
    for (let r = 0; r < this.m.R; r++) if (this.slotOf[r] !== snap[r]) differ.push(r);
    for (const r of differ) if (this.slotOf[r] >= 0) this.remove(r);
    for (const r of differ) if (snap[r] >= 0) this.place(r, snap[r]);
  }

  atMax(p: number): boolean {
    return this.count[p] >= this.m.maxMeetings[p];
  }

  /**
   * Highest capacity level that is already fully booked in slot s among those a class-`cls` meeting could use,
   * or -1 when the meeting fits. Evicting a pool meeting of class >= the result makes room.
   */
  tightLevel(s: number, cls: number): number {
    const { L, poolAtLeast } = this.m;
    if (L === 1) return this.size[s] >= poolAtLeast[s] ? 0 : -1;
    let suffix = 0;
    for (let k = L - 1; k > cls; k--) suffix += this.classCount[s * L + k];
    for (let k = cls; k >= 0; k--) {
      suffix += this.classCount[s * L + k];
      if (suffix >= poolAtLeast[s * L + k]) return k;
    }
    return -1;
  }

  /** Whether a class-`cls` meeting fits slot s once a pool meeting of class `freedCls` (-1: none) leaves. */
  fitsTable(s: number, cls: number, freedCls: number): boolean {
    const tight = this.tightLevel(s, cls);
    return tight < 0 || freedCls >= tight;
  }

  /** Whether unscheduled request r can go into slot s without moving anything. */
  fitsFree(r: number, s: number): boolean {
    const m = this.m;
    const a = m.reqA[r];
    const b = m.reqB[r];
    return (
      this.busy[a * m.S + s] < 0 &&
      this.busy[b * m.S + s] < 0 &&
      !this.atMax(a) &&
      !this.atMax(b) &&
      this.tightLevel(s, m.reqClass[r]) < 0
    );
  }
}

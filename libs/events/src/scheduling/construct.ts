import { Model } from './model';
import { State } from './state';

/**
 * Greedy start: requests in the given order, each into the fitting slot with the most free tables, so slots
 * fill evenly and later requests still find room (earliest-slot-first leaves the late slots for nobody).
 */
export function greedyFill(m: Model, st: State, order: number[]): void {
  for (const r of order) {
    if (st.slotOf[r] >= 0) continue;
    let best = -1;
    let bestFree = -1;
    for (const s of m.reqSlots[r]) {
      if (!st.fitsFree(r, s)) continue;
      const free = m.poolAtLeast[s * m.L] - st.size[s];
      if (free > bestFree) {
        best = s;
        bestFree = free;
      }
    }
    if (best >= 0) st.place(r, best);
  }
}

/**
 * Heaviest first; among equals, the most constrained (fewest common slots) first. Measured on the fixtures,
 * this with the balanced slot choice reaches the optimum count as often as most-constrained-first ordering
 * while keeping far more weight, and the repair phase covers the rest.
 */
export function weightOrder(m: Model): number[] {
  const order: number[] = [];
  for (let r = 0; r < m.R; r++) if (m.reqSlots[r].length > 0) order.push(r);
  return order.sort((x, y) => m.weight[y] - m.weight[x] || m.reqSlots[x].length - m.reqSlots[y].length || x - y);
}

import { Model } from './model';
import { State } from './state';

/**
 * Chooses a table for every scheduled pool meeting, slot by slot. Meetings keep their previous table when it
 * is free in the same slot and keeping it leaves a feasible assignment for the rest (Hall's condition per
 * capacity level); the rest go, largest party first, to the smallest free table that seats them — for nested
 * "capacity >= size" sets any fitting table keeps the rest feasible, so this never fails when the counts fit.
 * Returns table index per request (-1 when unscheduled); locked meetings keep their locked table.
 */
export function assignTables(m: Model, st: State, previousTable: Int32Array): Int32Array {
  const table = new Int32Array(m.R).fill(-1);
  for (const [r, , t] of m.locked) table[r] = t;
  const taken = new Uint8Array(m.T);
  for (let s = 0; s < m.S; s++) {
    taken.fill(0);
    for (let t = 0; t < m.T; t++) taken[t] = m.tableLocked[s * m.T + t];
    const meetings = Array.from(st.members[s].subarray(0, st.size[s])).sort(
      (x, y) => m.reqClass[y] - m.reqClass[x] || x - y,
    );
    // Free tables and unseated meetings per level, to check Hall's condition before keeping a table.
    const tablesAt = new Int32Array(m.L);
    const meetingsAt = new Int32Array(m.L);
    for (let t = 0; t < m.T; t++) if (!taken[t]) tablesAt[m.tableLevel[t]]++;
    for (const r of meetings) meetingsAt[m.reqClass[r]]++;
    const rest: number[] = [];
    for (const r of meetings) {
      const t = previousTable[r];
      if (st.previousSlot[r] === s && t >= 0 && !taken[t] && m.tableLevel[t] >= m.reqClass[r]) {
        tablesAt[m.tableLevel[t]]--;
        meetingsAt[m.reqClass[r]]--;
        if (hallHolds(tablesAt, meetingsAt)) {
          taken[t] = 1;
          table[r] = t;
          continue;
        }
        tablesAt[m.tableLevel[t]]++;
        meetingsAt[m.reqClass[r]]++;
      }
      rest.push(r);
    }
    for (const r of rest) {
      let best = -1;
      for (let t = 0; t < m.T; t++) {
        if (taken[t] || m.tableLevel[t] < m.reqClass[r]) continue;
        if (best < 0 || m.tableLevel[t] < m.tableLevel[best]) best = t;
      }
      if (best < 0) throw new Error(`internal: no table left for ${m.requestIds[r]} in ${m.slotIds[s]}`);
      taken[best] = 1;
      table[r] = best;
    }
  }
  return table;
}

/** For every level k: meetings needing >= k do not outnumber tables offering >= k. */
function hallHolds(tablesAt: Int32Array, meetingsAt: Int32Array): boolean {
  let tables = 0;
  let meetings = 0;
  for (let k = tablesAt.length - 1; k >= 0; k--) {
    tables += tablesAt[k];
    meetings += meetingsAt[k];
    if (meetings > tables) return false;
  }
  return true;
}

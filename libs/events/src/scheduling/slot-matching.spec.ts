import { buildModel } from './model';
import { Rng } from './rng';
import { SlotMatcher } from './slot-matching';
import { State } from './state';
import { SchedulingInstance } from './types';

/** Size of a maximum matching by exhaustive search (fine for ten vertices). */
function bruteForce(n: number, edges: [number, number][]): number {
  const best = (from: number, used: number): number => {
    let top = 0;
    for (let i = from; i < edges.length; i++) {
      const [a, b] = edges[i];
      if (used & (1 << a) || used & (1 << b)) continue;
      top = Math.max(top, 1 + best(i + 1, used | (1 << a) | (1 << b)));
    }
    return top;
  };
  return n > 0 ? best(0, 0) : 0;
}

function oneSlot(n: number, edges: [number, number][]): SchedulingInstance {
  return {
    slots: [{ id: 's1' }],
    tables: Array.from({ length: n }, (_, i) => `T${i}`),
    participants: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, unavailable: [], maxMeetings: 1 })),
    requests: edges.map(([a, b], i) => ({ id: `r${i}`, a: `p${a}`, b: `p${b}`, weight: 0.5 })),
  };
}

describe('SlotMatcher', () => {
  it('augments along a path through a triangle (odd cycle) from the current matching', () => {
    // 0-1 and 2-3 are matched; 4 and 5 are free; the only augmenting path is 4-3=2-1=0-5 through triangle 1-2-3.
    const edges: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 1],
      [3, 4],
      [0, 5],
    ];
    const model = buildModel(oneSlot(6, edges));
    const state = new State(model);
    state.place(0, 0); // 0-1
    state.place(2, 0); // 2-3
    expect(new SlotMatcher(model, state).augmentSlot(0)).toBe(1);
    expect(state.scheduled).toBe(bruteForce(6, edges));
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('matches brute force on random graph #%i', (seed) => {
    const rng = new Rng(seed);
    const n = 4 + rng.int(7);
    const edges: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (rng.next() < 0.35) edges.push([a, b]);
    const model = buildModel(oneSlot(n, edges));
    const state = new State(model);
    // Warm start from a random maximal-ish matching, as the search would have.
    for (const r of rng.shuffle(edges.map((_, i) => i))) if (state.fitsFree(r, 0)) state.place(r, 0);
    new SlotMatcher(model, state).augmentSlot(0);
    expect(state.scheduled).toBe(bruteForce(n, edges));
  });

  it('never uses more tables than the slot has', () => {
    const edges: [number, number][] = [
      [0, 1],
      [2, 3],
      [4, 5],
    ];
    const instance = { ...oneSlot(6, edges), tables: ['T0', 'T1'] };
    const model = buildModel(instance);
    const state = new State(model);
    expect(new SlotMatcher(model, state).augmentSlot(0)).toBe(2);
    expect(state.scheduled).toBe(2);
  });
});

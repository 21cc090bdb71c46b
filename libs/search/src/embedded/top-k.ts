/**
 * The first `k` slots of `slots[0..count)` in `compare` order, without sorting everything: a bounded binary heap
 * whose root is the worst kept slot. O(n log k); a page of 20 out of 30,000 candidates costs well under 1 ms.
 * Most slots lose to the root on score alone, so with `leading` they cost two reads instead of a comparator call.
 */
export function topK(
  slots: Int32Array,
  count: number,
  k: number,
  compare: (a: number, b: number) => number,
  /** When `compare` orders by this, descending, before anything else: lower slots skip the comparison. */
  leading?: Float64Array,
): number[] {
  if (k <= 0 || count === 0) return [];
  if (count <= k || count <= 256) {
    return Array.from(slots.subarray(0, count)).sort(compare).slice(0, k);
  }
  const heap: number[] = [];
  // "worse" means later in the final order; the heap keeps the worst kept slot at index 0.
  const worse = (a: number, b: number): boolean => compare(a, b) > 0;
  const siftUp = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l], heap[top])) top = l;
      if (r < heap.length && worse(heap[r], heap[top])) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (let i = 0; i < count; i++) {
    const slot = slots[i];
    if (heap.length < k) {
      heap.push(slot);
      siftUp(heap.length - 1);
    } else if (!(leading && leading[slot] < leading[heap[0]]) && worse(heap[0], slot)) {
      heap[0] = slot;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}

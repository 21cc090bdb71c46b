/** Inverted-index primitives on typed arrays: compact, fast to scan, cheap to compact. */

import type { TimeSlice } from '@app/core';

/** Term frequencies above this are counted as this (BM25 saturates long before). */
export const MAX_TF = 15;

/**
 * The documents containing one term. Each entry packs `slot << 4 | tf` into a small integer, so a posting is one
 * plain packed array: cheaper to create and grow than typed arrays (most terms occur in only a few documents).
 */
export class Posting {
  /** Live documents containing the term (entries of removed documents stay until compaction). */
  df = 0;

  /**
   * A plain array while it grows; a loaded snapshot hands in views of one Int32Array per field (half the memory of
   * an array of small integers, and nothing to build), turned into an array on the term's first new document.
   */
  constructor(public entries: number[] | Int32Array = []) {
    this.df = entries.length;
  }

  /** Counts one occurrence of the term in `slot`; documents are added one at a time, in increasing slot order. */
  count(slot: number): void {
    if (!Array.isArray(this.entries)) this.entries = Array.from(this.entries);
    const last = this.entries.length - 1;
    if (last >= 0 && this.entries[last] >> 4 === slot) {
      if ((this.entries[last] & MAX_TF) < MAX_TF) this.entries[last]++;
      return;
    }
    this.entries.push((slot << 4) | 1);
    this.df++;
  }
}

export interface Bm25Params {
  k1: number;
  b: number;
}

/** One searchable field: postings per term and token counts per document for BM25 length normalisation. */
export class FieldIndex {
  readonly terms = new Map<string, Posting>();
  lengths = new Float32Array(1024);
  totalLength = 0;

  constructor(readonly params: Bm25Params) {}

  add(slot: number, tokens: readonly string[]): void {
    if (slot >= this.lengths.length) {
      const lengths = new Float32Array(Math.max(slot + 1, this.lengths.length * 2));
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    for (const term of tokens) {
      let posting = this.terms.get(term);
      if (!posting) {
        posting = new Posting();
        this.terms.set(term, posting);
      }
      posting.count(slot);
    }
    this.lengths[slot] = tokens.length;
    this.totalLength += tokens.length;
  }

  /** Statistics only; the caller marks the slot dead so its posting entries are skipped until compaction. */
  remove(slot: number, tokens: readonly string[]): void {
    for (const term of new Set(tokens)) {
      const posting = this.terms.get(term);
      if (posting) posting.df--;
    }
    this.totalLength -= this.lengths[slot];
    this.lengths[slot] = 0;
  }

  /**
   * Gives back the slack arrays keep after growing by `push` (an array grown from empty holds room for 17
   * entries, while most terms occur in one or two documents). Call once a bulk build is done. At 30k listings the
   * copies take 30–80 ms, so with `slice` it pauses whenever the slice is due; the postings must not change meanwhile.
   */
  async trim(slice?: TimeSlice): Promise<void> {
    let seen = 0;
    for (const posting of this.terms.values()) {
      if (Array.isArray(posting.entries) && posting.entries.length < 32) posting.entries = posting.entries.slice();
      if (++seen % 512 === 0 && slice?.due()) await slice.pause();
    }
  }

  /** Drops dead entries and renumbers slots; `remap[old]` is the new slot or -1. Order is preserved. */
  compact(remap: Int32Array, newSize: number): void {
    for (const [term, posting] of this.terms) {
      const entries = posting.entries;
      // Arrays are rewritten in place; a snapshot's view is shared with other terms, so it is copied out.
      const out: number[] = Array.isArray(entries) ? entries : [];
      let w = 0;
      for (let r = 0; r < entries.length; r++) {
        const slot = remap[entries[r] >> 4];
        if (slot >= 0) out[w++] = (slot << 4) | (entries[r] & MAX_TF);
      }
      out.length = w;
      posting.entries = out;
      if (w === 0) this.terms.delete(term);
    }
    const lengths = new Float32Array(Math.max(1024, newSize * 2));
    for (let old = 0; old < remap.length; old++) if (remap[old] >= 0) lengths[remap[old]] = this.lengths[old];
    this.lengths = lengths;
  }
}

/** A sparse score vector over slots that remembers which slots it touched, so resetting costs O(touched). */
export class Accumulator {
  values: Float64Array;
  touched: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
    this.touched = new Int32Array(capacity);
  }

  ensure(capacity: number): void {
    if (capacity <= this.values.length) return;
    this.values = new Float64Array(capacity);
    this.touched = new Int32Array(capacity);
    this.count = 0;
  }

  add(slot: number, value: number): void {
    if (this.values[slot] === 0) this.touched[this.count++] = slot;
    this.values[slot] += value;
  }

  reset(): void {
    // Past a few percent of the slots, one sequential fill beats scattered writes.
    if (this.count > this.values.length >> 5) this.values.fill(0);
    else for (let i = 0; i < this.count; i++) this.values[this.touched[i]] = 0;
    this.count = 0;
  }
}

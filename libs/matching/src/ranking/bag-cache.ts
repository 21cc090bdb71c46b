import type { TermBag } from './term-bag';

/**
 * Analysed candidates, kept across requests (least recently used out): analysing a listing costs ~0.3 ms and a
 * request reads up to ~90 of them, while popular listings come back again and again. An entry is valid only for
 * the exact text it was built from, so an edited listing is re-analysed without any invalidation call.
 */
export class BagCache {
  private readonly entries = new Map<string, { text: string; bag: TermBag }>();

  constructor(private readonly capacity = 20_000) {}

  get size(): number {
    return this.entries.size;
  }

  /** Forgets everything: after a vocabulary change the same text analyses differently. */
  clear(): void {
    this.entries.clear();
  }

  get(id: string, text: string): TermBag | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.text !== text) return undefined;
    // Re-inserting moves the entry to the young end of the Map's insertion order.
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.bag;
  }

  set(id: string, text: string, bag: TermBag): void {
    this.entries.delete(id);
    this.entries.set(id, { text, bag });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}

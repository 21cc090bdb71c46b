/** Lets the event loop run (timers, I/O, other requests) before going on: between batches of long work. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Long loops pause by time, not by count: `due()` says when `budgetMs` of work has passed since the last pause, so a
 * loop whose steps vary in cost (a posting list of ten entries, then one of ten thousand) never holds the event
 * loop much longer than the budget, and cheap steps are not slowed by pauses they do not need.
 */
export class TimeSlice {
  private since = performance.now();
  constructor(private readonly budgetMs = 10) {}
  due(): boolean {
    return performance.now() - this.since >= this.budgetMs;
  }
  async pause(): Promise<void> {
    await yieldToEventLoop();
    this.since = performance.now();
  }
}

/** Splits `items` into consecutive chunks of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new RangeError('chunk size must be at least 1');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

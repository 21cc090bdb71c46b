/**
 * Starts queued work one item per event-loop turn, first come first served.
 *
 * libuv (1.46, Node 20) accepts one new connection per turn of the loop. When every request that arrived in a turn
 * is also started in it, a saturated server's turns grow to tens of milliseconds, and the 50th fresh connection of
 * a burst waits 50 of them before its first request is even read: over a second, while requests on open
 * connections take 100 ms. Started one per turn, turns stay about one request long, so new connections are
 * accepted (and old ones read) at that pace, and no caller waits behind the whole queue. The work is the same;
 * only its order across turns changes.
 */
export class LoopTurns {
  private readonly queue: (() => void)[] = [];
  private head = 0;
  private scheduled = false;

  /** Runs `task` in a coming turn (after the I/O of the current one), in arrival order. */
  run(task: () => void): void {
    this.queue.push(task);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.next);
    }
  }

  /** Tasks waiting for their turn. */
  get waiting(): number {
    return this.queue.length - this.head;
  }

  private readonly next = (): void => {
    const task = this.queue[this.head];
    this.queue[this.head++] = undefined as unknown as () => void;
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    if (this.waiting > 0) setImmediate(this.next);
    else this.scheduled = false;
    task();
  };
}

/** What a periodic task reports to: Nest's Logger fits. */
export interface TaskLogger {
  error(message: string): void;
}

/**
 * Runs `work` every `everyMs` milliseconds, one run at a time: the next run is timed from the end of the previous
 * one, so a slow run never overlaps itself. A failed run is logged and the next one is still scheduled. `stop()`
 * cancels the timer and waits for a run in progress. The timer does not keep the process alive.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly everyMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly logger: TaskLogger,
  ) {}

  /** Starts the timer; a period of 0 or less leaves the task off. */
  start(): this {
    if (this.everyMs > 0) this.schedule();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running.catch(() => undefined);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = Promise.resolve()
        .then(() => this.work())
        .catch((error: Error) => this.logger.error(`${this.name}: ${error.message}`))
        .finally(() => this.schedule());
    }, this.everyMs);
    this.timer.unref();
  }
}

import { Clock } from '@app/core';

/** A clock a test moves by hand: real time plus an offset, or a fixed instant. */
export class ManualClock extends Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Pins "now" (null: back to real time). */
  set(at: Date | string | null): void {
    this.fixed = at === null ? null : new Date(at);
  }
}

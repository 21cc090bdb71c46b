/**
 * The time services read, injected so tests can set "today" (an event day, an expiry) without waiting for it.
 * The application provides SystemClock; tests pass their own through createApp's overrides.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

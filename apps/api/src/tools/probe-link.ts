import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * The bench probe's line protocol (bench-probe.ts) over a server child's stdin and stdout: commands one a line,
 * answers `XIUSHUI_BENCH <command> <json>`. Other stdout lines (logs) are read and dropped, as a log shipper would.
 */
export class ProbeLink {
  private readonly waiting = new Map<string, (value: Record<string, unknown>) => void>();
  /** The probe's first answer, once listening: the delay from process start until then (null until it comes). */
  ready: Record<string, unknown> | null = null;

  constructor(private readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^XIUSHUI_BENCH (\w+) (.*)$/.exec(line);
      if (!match) return;
      const value = JSON.parse(match[2]) as Record<string, unknown>;
      if (match[1] === 'ready') this.ready = value;
      this.waiting.get(match[1])?.(value);
      this.waiting.delete(match[1]);
    });
  }

  /**
   * Sends `command` (its first word names the answer) and waits for the answer; null when the server has no probe
   * (an older build) or does not answer in time.
   */
  ask(command: string, timeoutMs = 600_000): Promise<Record<string, unknown> | null> {
    if (!this.ready) return Promise.resolve(null);
    const name = command.split(' ')[0];
    return new Promise((done) => {
      const timer = setTimeout(() => done(null), timeoutMs);
      this.waiting.set(name, (value) => {
        clearTimeout(timer);
        done(value);
      });
      this.child.stdin!.write(`${command}\n`);
    });
  }
}

import type { INestApplication } from '@nestjs/common';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PinoLogger } from 'nestjs-pino';
import { SearchIndexService } from '@app/catalog';

/**
 * For `npm run bench:stalls` only, and only when XIUSHUI_BENCH=1: the event-loop delay measured inside the process
 * from its start, and an in-process reindex to measure. Commands come one a line on stdin; answers are stdout lines
 * `XIUSHUI_BENCH <command> <json>`. Nothing is read or written otherwise.
 *
 *   ready     (sent once listening) the delay from process start until then: loading, migrations, index build
 *   loop      the delay since listening or the last `loop` (max, p99, mean in ms), then starts over
 *   reindex   rebuilds the search index as the CLI does, and answers when done
 *   heap      V8's heap spaces (used and committed MB), and the process's RSS
 *   level L   sets the log level to L (pino's names) and answers it: bench:server compares info with warn in one
 *             process, where two processes side by side differ by ~10 % even at the same level
 *   gc        a full garbage collection, so that rounds of load compared with each other start from the same heap
 */
export class BenchProbe {
  private readonly delay = monitorEventLoopDelay({ resolution: 10 });

  static fromEnv(env: NodeJS.ProcessEnv = process.env): BenchProbe | undefined {
    return env.XIUSHUI_BENCH === '1' ? new BenchProbe() : undefined;
  }

  private constructor() {
    this.delay.enable();
  }

  attach(app: INestApplication): void {
    const lines = createInterface({ input: process.stdin });
    lines.on('line', (line) => {
      void this.answer(app, line.trim()).catch((error: Error) =>
        this.say('error', { command: line.trim(), message: error.message }),
      );
    });
    this.say('ready', this.take());
  }

  /** The figures so far, in ms, and a fresh start. */
  private take(): { maxMs: number; p99Ms: number; meanMs: number } {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const figures = { maxMs: ms(this.delay.max), p99Ms: ms(this.delay.percentile(99)), meanMs: ms(this.delay.mean) };
    this.delay.reset();
    return figures;
  }

  private async answer(app: INestApplication, command: string): Promise<void> {
    if (command === 'loop') {
      this.say('loop', this.take());
    } else if (command === 'reindex') {
      const started = performance.now();
      const indexed = await app.get(SearchIndexService).reindex();
      this.say('reindex', { indexed, ms: Math.round(performance.now() - started) });
    } else if (command === 'heap') {
      const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
      const spaces = Object.fromEntries(
        getHeapSpaceStatistics().map((s) => [s.space_name, { used: mb(s.space_used_size), size: mb(s.space_size) }]),
      );
      this.say('heap', { rssMb: mb(process.memoryUsage.rss()), spaces });
    } else if (command === 'gc') {
      const started = performance.now();
      fullCollection();
      this.say('gc', { ms: Math.round(performance.now() - started) });
    } else if (command.startsWith('level ')) {
      const level = command.slice('level '.length);
      const root = PinoLogger.root;
      if (!root || !(level in root.levels.values)) throw new Error(`no such level: ${level}`);
      root.level = level;
      this.say('level', { level: root.level });
    } else {
      this.say('error', { command, message: 'unknown command' });
    }
  }

  private say(command: string, value: object): void {
    process.stdout.write(`XIUSHUI_BENCH ${command} ${JSON.stringify(value)}\n`);
  }
}

/** V8's `gc()`, which only `--expose-gc` puts on the global object: the flag is set now and read by a new context. */
function fullCollection(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

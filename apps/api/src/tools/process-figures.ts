import { readFileSync } from 'node:fs';
import type { LoadResult } from './load-generator';

// Figures of a server child process read from /proc, for bench:server (Linux only).

export const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** User + system CPU of a process so far, in µs (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100;
}

/** `run`'s load result and the server's CPU per request it served. */
export async function withCpu(pid: number, run: () => Promise<LoadResult>): Promise<LoadResult & { cpuUs: number }> {
  const before = cpuUs(pid);
  const result = await run();
  return { ...result, cpuUs: result.requests ? (cpuUs(pid) - before) / result.requests : 0 };
}

/** Resident memory of a process now, in MB (/proc/<pid>/status). */
export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

/**
 * Samples a process's RSS every 250 ms until stopped: under load the figure swings by ~100 MB with the old
 * generation's garbage (V8 lets it grow to several times the live heap before a full collection), so one reading
 * says little on its own.
 */
export function rssSampler(pid: number): {
  pause(paused: boolean): void;
  stop(): { meanMb: number; minMb: number; maxMb: number };
} {
  const samples: number[] = [];
  let paused = false;
  const timer = setInterval(() => paused || samples.push(rssMb(pid)), 250);
  return {
    pause: (value) => (paused = value),
    stop: () => {
      clearInterval(timer);
      return {
        meanMb: round(samples.reduce((s, x) => s + x, 0) / Math.max(1, samples.length)),
        minMb: Math.min(...samples),
        maxMb: Math.max(...samples),
      };
    },
  };
}

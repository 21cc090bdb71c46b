// Load measurements for bench:server: cases interleaved in rounds, and the summary of one load.
import type { LoadResult } from './load-generator';
import { round } from './process-figures';

/** Rounds per interleaved measurement: even, so that every case runs as often first as last (see interleaved). */
const ROUNDS = 4;

/**
 * Runs every case in turn, `rounds` times, each for its share of `seconds` (after a warm-up): on a shared machine
 * the load swings, and interleaving puts every case through the same swings, so their ratios hold. Odd rounds run
 * the cases in reverse order (A B, B A, …): a case does not always follow the same one (and the garbage it left),
 * and a steady drift over the run hits every case alike.
 */
export async function interleaved<K extends string>(
  cases: Record<K, (seconds: number) => Promise<LoadResult & { cpuUs?: number }>>,
  seconds: number,
  rounds = ROUNDS,
): Promise<Record<K, ReturnType<typeof summary> & { cpuUsPerRequest?: number; cpuUsByRound?: number[] }>> {
  const names = Object.keys(cases) as K[];
  for (const name of names) await cases[name](1);
  const runs = Object.fromEntries(names.map((n) => [n, [] as LoadResult[]])) as unknown as Record<
    K,
    (LoadResult & { cpuUs?: number })[]
  >;
  for (let r = 0; r < rounds; r++)
    for (const name of r % 2 ? [...names].reverse() : names) runs[name].push(await cases[name](seconds / rounds));
  return Object.fromEntries(
    names.map((name) => {
      const all = runs[name];
      return [
        name,
        {
          rps: Math.round(all.reduce((s, x) => s + x.requestsPerSecond, 0) / all.length),
          p50Ms: round(all.reduce((s, x) => s + x.p50Ms, 0) / all.length),
          p99Ms: round(Math.max(...all.map((x) => x.p99Ms))),
          maxMs: round(Math.max(...all.map((x) => x.maxMs))),
          errors: all.reduce((s, x) => s + x.errors, 0),
          over1s: all.reduce((s, x) => s + x.over1s, 0),
          // The server's CPU per request (user + system), where the case measured it: the client shares the cores,
          // so requests/s swing with it; CPU per request does not.
          ...(all[0].cpuUs === undefined
            ? {}
            : {
                cpuUsPerRequest: round(all.reduce((s, x) => s + x.cpuUs!, 0) / all.length),
                cpuUsByRound: all.map((x) => round(x.cpuUs!)),
              }),
        },
      ];
    }),
  ) as Record<K, ReturnType<typeof summary> & { cpuUsPerRequest?: number; cpuUsByRound?: number[] }>;
}

export const summary = (r: LoadResult) => ({
  rps: r.requestsPerSecond,
  p50Ms: round(r.p50Ms),
  p99Ms: round(r.p99Ms),
  maxMs: round(r.maxMs),
  errors: r.errors,
  over1s: r.over1s,
});

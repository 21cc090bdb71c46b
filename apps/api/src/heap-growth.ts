import { setFlagsFromString } from 'node:v8';

/**
 * How much the JavaScript heap may grow past what survived the last full collection once the server is up:
 * 1.3×. V8 lets a busy heap grow up to 4× first, so a server whose live heap is ~90 MB (demo catalog) held
 * ~200 MB of old space after a few seconds of load; at 1.3× it holds ~100 MB (RSS after load 472 → 405 MB,
 * CPU per request within noise). Start-up keeps V8's default: loading a 100k-listing index under the tight
 * factor runs more full collections (+1 s CPU).
 */
export const SERVING_HEAP_GROWING_PERCENT = 30;

/**
 * The V8 flag to set once listening, or null when the operator chose a growth factor on the command line or in
 * NODE_OPTIONS (theirs wins).
 */
export function servingHeapFlag(execArgv: readonly string[], nodeOptions = ''): string | null {
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) =>
    /^--heap[-_]growing[-_]percent(=|$)/.test(arg),
  );
  return chosen ? null : `--heap-growing-percent=${SERVING_HEAP_GROWING_PERCENT}`;
}

/** Applies `servingHeapFlag` to this process (V8 reads the factor at every full collection). */
export function tightenHeapGrowth(): void {
  const flag = servingHeapFlag(process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
}

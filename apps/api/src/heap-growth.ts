import { setFlagsFromString } from 'node:v8';

/**
 * Opt-in: how much the JavaScript heap may grow past what survived its last full collection once the server is up,
 * in percent (`HEAP_GROWING_PERCENT`, e.g. 30). V8 lets a busy heap grow up to 4× first with a heap budget of 2 GB or
 * more, up to 2× with `npm start`'s 2047 MB: the demo server's ~75–88 MB live heap held ~200 MB of old space under
 * load at 4×, and 30 % brought RSS after load from ~470 to ~400 MB. It is off
 * by default because the extra full collections stall the event loop: with 30 %, a reindex of 30k listings held
 * the loop for 76–132 ms against 48 ms without (bench:stalls), 100-result queries up to 122 ms against 55–78 ms.
 * Start-up always keeps V8's default (loading a 100k index under a tight factor cost +1 s CPU).
 */
export function servingHeapFlag(
  percent: string | undefined,
  execArgv: readonly string[],
  nodeOptions = '',
): string | null {
  if (!percent || !/^\d{1,3}$/.test(percent) || Number(percent) < 1) return null;
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) =>
    /^--heap[-_]growing[-_]percent(=|$)/.test(arg),
  );
  return chosen ? null : `--heap-growing-percent=${Number(percent)}`;
}

/** Applies `servingHeapFlag` to this process (V8 reads the factor at every full collection). */
export function tightenHeapGrowth(): void {
  const flag = servingHeapFlag(process.env.HEAP_GROWING_PERCENT, process.execArgv, process.env.NODE_OPTIONS);
  if (flag) setFlagsFromString(flag);
}

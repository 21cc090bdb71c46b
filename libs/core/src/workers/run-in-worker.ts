import { Worker } from 'node:worker_threads';

/**
 * Runs one exported function of a module in a worker thread, so long CPU work (the meeting scheduler, text analysis
 * for an index build) leaves the event loop free. Works from the built dist (the module is a .js file) and under
 * Jest, where sources are .ts: the worker then compiles them with @swc/core (a dev dependency) as it loads them.
 * The function takes and returns structured-cloneable values; a thrown error comes back with its name, message
 * and own enumerable fields (say `problems`), for the caller to map.
 */
export class WorkerTaskError extends Error {
  constructor(
    name: string,
    message: string,
    readonly fields: Record<string, unknown>,
  ) {
    super(message);
    this.name = name;
  }
}

/**
 * The worker thread's scheduling priority (nice 10, of 19). With two cores, an index build's analysis worker, the
 * event loop and the clients' requests competed for them: a request waited for its turn on a core as well as on
 * the loop. Background work now gives way when the server has requests to answer, and runs at full speed when not.
 */
const WORKER_NICE = 10;

/** The worker's own code: plain CommonJS, so it needs no build step of its own. */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
// This thread only (Linux: a thread has a nice value of its own): requests being served go first.
try { require('node:os').setPriority(0, ${WORKER_NICE}); } catch {}
if (workerData.file.endsWith('.ts')) {
  const { existsSync, readFileSync } = require('node:fs');
  const path = require('node:path');
  const Module = require('node:module');
  const swc = require('@swc/core');
  // Sources import each other through tsconfig's path aliases (@app/core …); the build rewrites them, here we map them.
  let root = path.dirname(workerData.file);
  while (!existsSync(path.join(root, 'tsconfig.json')) && path.dirname(root) !== root) root = path.dirname(root);
  const paths = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8')).compilerOptions.paths || {};
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const target = paths[request];
    return resolve.call(this, target ? path.join(root, target[0]) : request, ...rest);
  };
  require.extensions['.ts'] = (module, filename) => {
    const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
      filename, sourceMaps: false,
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}
const fn = require(workerData.file)[workerData.exportName];
// Calls arrive as fast as the caller sends them and run one after another, in order.
let turn = Promise.resolve();
parentPort.on('message', ({ id, input }) => {
  turn = turn.then(async () => {
    try {
      parentPort.postMessage({ id, ok: true, value: await fn(input) });
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort.postMessage({ id, ok: false, name: e.name, message: e.message, fields: JSON.parse(JSON.stringify({ ...e })) });
    }
  });
});
`;

type Reply<O> = { id: number } & (
  { ok: true; value: O } | { ok: false; name: string; message: string; fields: Record<string, unknown> }
);

/**
 * A long-lived worker for repeated calls (say one per batch of documents). Each call is sent at once: the worker
 * queues them, runs them one after another in order, and is never idle waiting for this thread to ask for the next
 * one (sending one call at a time left the analysis worker of a reindex idle 43 % of the time). `close()` waits for
 * the calls sent, then ends it.
 */
export class WorkerTask<I, O> {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (value: O) => void; reject: (error: Error) => void }>();
  /** The last call sent, settled: the worker answers in order, so once it is, every call sent is. */
  private last: Promise<unknown> = Promise.resolve();
  private nextId = 0;
  private failure: Error | null = null;

  /** `file`: the module's absolute path with its extension (see `siblingModule`). */
  constructor(file: string, exportName: string) {
    this.worker = new Worker(BOOT, { eval: true, workerData: { file, exportName } });
    this.worker.on('message', (reply: Reply<O>) => {
      const call = this.pending.get(reply.id);
      if (!call) return;
      this.pending.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new WorkerTaskError(reply.name, reply.message, reply.fields));
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`worker for ${exportName} exited (code ${code})`)));
  }

  run(input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const answer = new Promise<O>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, input });
    });
    this.last = answer.then(
      () => undefined,
      () => undefined,
    );
    return answer;
  }

  async close(): Promise<void> {
    await this.last;
    await this.worker.terminate();
  }

  /** The worker failed or ended: every call still waiting gets the error, and so does every later call. */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}

/** One call in a fresh worker, ended afterwards. */
export async function runInWorker<I, O>(file: string, exportName: string, input: I): Promise<O> {
  const task = new WorkerTask<I, O>(file, exportName);
  try {
    return await task.run(input);
  } finally {
    await task.close();
  }
}

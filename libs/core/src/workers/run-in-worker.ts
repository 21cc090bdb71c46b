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

/** The worker's own code: plain CommonJS, so it needs no build step of its own. */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
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
parentPort.on('message', async (input) => {
  try {
    parentPort.postMessage({ ok: true, value: await fn(input) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort.postMessage({ ok: false, name: e.name, message: e.message, fields: JSON.parse(JSON.stringify({ ...e })) });
  }
});
`;

type Reply<O> = { ok: true; value: O } | { ok: false; name: string; message: string; fields: Record<string, unknown> };

/**
 * A long-lived worker for repeated calls (say one per batch of documents); calls queue in order. `close()` ends it.
 */
export class WorkerTask<I, O> {
  private readonly worker: Worker;
  private chain: Promise<unknown> = Promise.resolve();
  private failure: Error | null = null;

  /** `file`: the module's absolute path with its extension (see `siblingModule`). */
  constructor(file: string, exportName: string) {
    this.worker = new Worker(BOOT, { eval: true, workerData: { file, exportName } });
    this.worker.on('error', (error) => (this.failure = error));
    this.worker.on('exit', (code) => (this.failure ??= new Error(`worker for ${exportName} exited (code ${code})`)));
  }

  run(input: I): Promise<O> {
    const next = this.chain.then(() => this.call(input));
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.worker.terminate();
  }

  private call(input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<O>((resolve, reject) => {
      const onError = (error: Error) => {
        this.worker.off('message', onMessage);
        this.worker.off('exit', onExit);
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`worker exited (code ${code}) before answering`));
      const onMessage = (reply: Reply<O>) => {
        this.worker.off('error', onError);
        this.worker.off('exit', onExit);
        if (reply.ok) resolve(reply.value);
        else reject(new WorkerTaskError(reply.name, reply.message, reply.fields));
      };
      this.worker.once('message', onMessage);
      this.worker.once('error', onError);
      this.worker.once('exit', onExit);
      this.worker.postMessage(input);
    });
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

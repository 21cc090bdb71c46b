import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInWorker, WorkerTask, WorkerTaskError } from './run-in-worker';

/** The worker's module: plain JavaScript in a temporary folder (no build step, no test code in the library). */
const TASK = `
const { parentPort } = require('node:worker_threads');
let received = 0;
parentPort.on('message', () => received++);
exports.task = async (input) => {
  const receivedAtStart = received;
  if (input.fail) throw Object.assign(new RangeError('不行: ' + input.n), { problems: [input.n] });
  if (input.exit) process.exit(3);
  await new Promise((resolve) => setTimeout(resolve, input.waitMs ?? 0));
  return { n: input.n, receivedAtStart };
};
exports.nice = async () => require('node:os').getPriority(0);
`;

describe('WorkerTask', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xiushui-worker-'));
  const file = join(dir, 'task.js');
  writeFileSync(file, TASK);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends every call at once: the worker runs them in order while the next are already waiting', async () => {
    const task = new WorkerTask<{ n: number; waitMs?: number }, { n: number; receivedAtStart: number }>(file, 'task');
    try {
      const answers = await Promise.all([0, 1, 2, 3, 4].map((n) => task.run({ n, waitMs: 30 })));
      expect(answers.map((a) => a.n)).toEqual([0, 1, 2, 3, 4]);
      // Sent one at a time (after the previous answer), call n would start with n + 1 messages received.
      expect(answers.slice(1).map((a) => a.receivedAtStart)).toEqual([5, 5, 5, 5]);
    } finally {
      await task.close();
    }
  });

  it('a call that throws fails alone, with its error’s name, message and fields; later calls answer', async () => {
    const task = new WorkerTask<{ n: number; fail?: boolean }, { n: number }>(file, 'task');
    try {
      const [first, failed, last] = await Promise.allSettled([
        task.run({ n: 1 }),
        task.run({ n: 2, fail: true }),
        task.run({ n: 3 }),
      ]);
      expect(first).toMatchObject({ status: 'fulfilled', value: { n: 1 } });
      expect(last).toMatchObject({ status: 'fulfilled', value: { n: 3 } });
      const error = (failed as PromiseRejectedResult).reason as WorkerTaskError;
      expect(error).toBeInstanceOf(WorkerTaskError);
      expect([error.name, error.message, error.fields]).toEqual(['RangeError', '不行: 2', { problems: [2] }]);
    } finally {
      await task.close();
    }
  });

  it('a worker that ends fails the calls still waiting and every later one', async () => {
    const task = new WorkerTask<{ n: number; exit?: boolean; waitMs?: number }, { n: number }>(file, 'task');
    const waiting = [task.run({ n: 1, exit: true }), task.run({ n: 2, waitMs: 10 })];
    const results = await Promise.allSettled(waiting);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(((results[1] as PromiseRejectedResult).reason as Error).message).toMatch(/exited \(code 3\)/);
    await expect(task.run({ n: 3 })).rejects.toThrow(/exited \(code 3\)/);
    await task.close();
  });

  it('close() waits for the calls sent', async () => {
    const task = new WorkerTask<{ n: number; waitMs?: number }, { n: number }>(file, 'task');
    let answered = false;
    void task.run({ n: 1, waitMs: 50 }).then(() => (answered = true));
    await task.close();
    expect(answered).toBe(true);
  });

  // Linux gives each thread a nice value of its own (getpriority of 0: the calling thread).
  (process.platform === 'linux' ? it : it.skip)('runs at nice 10 (Linux), this thread keeping its own', async () => {
    const before = getPriority(0);
    await expect(runInWorker(file, 'nice', {})).resolves.toBe(Math.max(10, before));
    expect(getPriority(0)).toBe(before);
  });

  it('runInWorker: one call in a fresh worker', async () => {
    await expect(runInWorker(file, 'task', { n: 7 })).resolves.toMatchObject({ n: 7 });
  });
});

import { PeriodicTask } from './periodic-task';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PeriodicTask', () => {
  it('runs repeatedly, never overlapping itself, and keeps going after a failure', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const errors: string[] = [];
    const task = new PeriodicTask(
      'Sweep',
      5,
      async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        runs++;
        await wait(15);
        active--;
        if (runs === 1) throw new Error('database went away');
      },
      { error: (m) => errors.push(m) },
    ).start();
    await wait(120);
    await task.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(maxActive).toBe(1);
    expect(errors).toEqual(['Sweep: database went away']);
  });

  it('stop() waits for the run in progress and no run starts afterwards', async () => {
    let finished = 0;
    let started = 0;
    const task = new PeriodicTask(
      'Slow',
      1,
      async () => {
        started++;
        await wait(40);
        finished++;
      },
      { error: () => undefined },
    ).start();
    await wait(10);
    await task.stop();
    expect(finished).toBe(started);
    const after = started;
    await wait(30);
    expect(started).toBe(after);
  });

  it('a period of 0 leaves the task off', async () => {
    let runs = 0;
    const task = new PeriodicTask('Off', 0, async () => void runs++, { error: () => undefined }).start();
    await wait(20);
    await task.stop();
    expect(runs).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInWorker, WorkerTask, WorkerTaskError } from '@app/core';
import { SCHEDULE_TASK_MODULE } from './index';
import { schedule } from './schedule';
import { ScheduleTask } from './schedule-task';
import { Schedule, SchedulingInstance } from './types';

const instance = JSON.parse(
  readFileSync(join(__dirname, '../../../../fixtures/scheduling/event-60p.json'), 'utf8'),
) as SchedulingInstance;

describe('the scheduler in a worker thread', () => {
  it('returns exactly what the in-process scheduler returns', async () => {
    const options = { seed: 1, moveCost: 0.05 };
    const inWorker = await runInWorker<ScheduleTask, Schedule>(SCHEDULE_TASK_MODULE, 'scheduleTask', {
      instance,
      options,
    });
    const inProcess = schedule(instance, options);
    expect(inWorker.assignments).toEqual(inProcess.assignments);
    expect(inWorker.unscheduled).toEqual(inProcess.unscheduled);
    expect({ ...inWorker.stats, millis: 0 }).toEqual({ ...inProcess.stats, millis: 0 });
    expect(inWorker.assignments.length).toBe(instance.planted?.meetings);
  });

  it('brings the input error back with its name and problems', async () => {
    const locked = [{ request: instance.requests[0].id, slot: 'no-such-slot', table: 'T001' }];
    const failure = runInWorker<ScheduleTask, Schedule>(SCHEDULE_TASK_MODULE, 'scheduleTask', {
      instance: { ...instance, locked },
      options: {},
    });
    await expect(failure).rejects.toBeInstanceOf(WorkerTaskError);
    await failure.catch((error: WorkerTaskError) => {
      expect(error.name).toBe('SchedulingInputError');
      expect(error.fields.problems).toEqual([expect.stringContaining('no-such-slot')]);
    });
  });

  it('answers calls in order on one long-lived worker, and refuses calls once closed', async () => {
    const task = new WorkerTask<ScheduleTask, Schedule>(SCHEDULE_TASK_MODULE, 'scheduleTask');
    const small = { ...instance, requests: instance.requests.slice(0, 5) };
    const [a, b] = await Promise.all([
      task.run({ instance: small, options: {} }),
      task.run({ instance, options: { seed: 1 } }),
    ]);
    expect(a.stats.requests).toBe(5);
    expect(b.stats.requests).toBe(instance.requests.length);
    await task.close();
    await expect(task.run({ instance: small, options: {} })).rejects.toThrow(/exited/);
  });
});

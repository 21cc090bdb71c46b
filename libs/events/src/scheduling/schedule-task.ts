import { schedule } from './schedule';
import { Schedule, ScheduleOptions, SchedulingInstance } from './types';

export interface ScheduleTask {
  instance: SchedulingInstance;
  options: ScheduleOptions;
}

/** The scheduler with one argument: the entry a worker thread calls (`ScheduleService` runs it off the event loop). */
export function scheduleTask(task: ScheduleTask): Schedule {
  return schedule(task.instance, task.options);
}

/** The module a worker thread loads to run `scheduleTask` (`.ts` under Jest, `.js` in the build). */
export const SCHEDULE_TASK_MODULE = `${__dirname}/schedule-task${__filename.endsWith('.ts') ? '.ts' : '.js'}`;

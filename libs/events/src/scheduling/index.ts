/**
 * 1:1 meeting scheduler for matchmaking events: `schedule(instance, options)` assigns accepted meeting requests to
 * (slot, table) pairs — most meetings first, then most weight, then fewest moves from `options.previous` — keeping
 * `instance.locked` meetings as given and explaining every unscheduled request; `validateSchedule` checks any
 * schedule against an instance. Input format: fixtures/scheduling/FORMAT.md, plus optional table `capacity`,
 * request `size` (default 2 people) and `locked` assignments.
 */
export * from './types';
export { schedule } from './schedule';
export { validateSchedule } from './validate';
export { scheduleShape, type ScheduleShape } from './compact';
export { SchedulingInputError } from './model';
export { REASON_MESSAGES, reasonText } from './reason-text';
export { SCHEDULE_TASK_MODULE, type ScheduleTask } from './schedule-task';

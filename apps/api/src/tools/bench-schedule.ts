/**
 * Benchmark of the 1:1 meeting scheduler on one instance file (format: fixtures/scheduling/FORMAT.md).
 *
 *   node dist/tools/apps/api/src/tools/bench-schedule.js <instance.json> [--out schedule.json]
 *        [--seed N] [--effort X] [--previous schedule.json]
 *
 * Prints a human-readable summary; the LAST line is one JSON object for scripts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  Assignment,
  schedule,
  scheduleShape,
  SchedulingInstance,
  validateSchedule,
} from '../../../../libs/events/src/scheduling';

interface Args {
  file: string;
  out?: string;
  previous?: string;
  seed?: number;
  effort?: number;
}

function parseArgs(argv: string[]): Args {
  const rest: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      flags.set(arg.slice(2), value);
      i++;
    } else rest.push(arg);
  }
  if (rest.length !== 1) {
    throw new Error(
      'usage: bench-schedule <instance.json> [--out schedule.json] [--seed N] [--effort X] [--previous schedule.json]',
    );
  }
  const num = (key: string): number | undefined => (flags.has(key) ? Number(flags.get(key)) : undefined);
  return {
    file: rest[0],
    out: flags.get('out'),
    previous: flags.get('previous'),
    seed: num('seed'),
    effort: num('effort'),
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const instance = JSON.parse(readFileSync(args.file, 'utf8')) as SchedulingInstance;
  const previous = args.previous
    ? (JSON.parse(readFileSync(args.previous, 'utf8')) as { assignments: Assignment[] }).assignments
    : undefined;
  const result = schedule(instance, { seed: args.seed, effort: args.effort, previous });
  const seconds = (performance.now() - started) / 1000;
  const violations = validateSchedule(instance, result);
  if (args.out) writeFileSync(args.out, JSON.stringify({ assignments: result.assignments }, null, 2) + '\n');

  const optimum = instance.planted?.meetings ?? null;
  const { scheduled, weight, requests, moved, rounds, millis } = result.stats;
  const reasons = new Map<string, number>();
  for (const u of result.unscheduled) reasons.set(u.code, (reasons.get(u.code) ?? 0) + 1);

  console.log(`instance      ${args.file}`);
  console.log(
    `size          ${instance.participants.length} participants, ${instance.slots.length} slots, ` +
      `${instance.tables.length} tables, ${requests} requests`,
  );
  console.log(`scheduled     ${scheduled}${optimum !== null ? ` of optimum ${optimum}` : ''}`);
  const planted = instance.planted ? ` (the planted full schedule has ${instance.planted.weight})` : '';
  console.log(`weight        ${weight.toFixed(3)}${planted}`);
  if (previous) console.log(`moved         ${moved} of ${previous.length} previous meetings`);
  console.log(`search        ${rounds} rounds, ${millis} ms in the scheduler, ${seconds.toFixed(3)} s in total`);
  console.log(`unscheduled   ${[...reasons].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}`);
  const shape = scheduleShape(instance, result.assignments);
  console.log(
    `days          ${shape.idleSlotsPerParticipant} idle slots per participant (${shape.idleSlots} in all, ${shape.participantsMeeting} meeting)`,
  );
  console.log(`tables        ${shape.tablesUsedPerSlot} used per slot in ${shape.slotsUsed} slots with meetings`);
  console.log(`valid         ${violations.length === 0 ? 'yes' : `NO, ${violations.length} violations`}`);
  for (const v of violations.slice(0, 10)) console.log(`  ${v.code}: ${v.message}`);
  if (args.out) console.log(`written       ${args.out}`);
  console.log(
    JSON.stringify({
      scheduled,
      requests,
      optimum,
      ratio: optimum ? Math.round((scheduled / optimum) * 10000) / 10000 : null,
      weight: Math.round(weight * 1000) / 1000,
      idleSlotsPerParticipant: shape.idleSlotsPerParticipant,
      tablesUsedPerSlot: shape.tablesUsedPerSlot,
      slotsUsed: shape.slotsUsed,
      valid: violations.length === 0,
      seconds: Math.round(seconds * 1000) / 1000,
    }),
  );
  if (violations.length > 0) process.exitCode = 1;
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 2;
}

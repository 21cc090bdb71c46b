/** Public types of the 1:1 meeting scheduler (format: fixtures/scheduling/FORMAT.md). */

export interface SchedulingSlot {
  id: string;
  start?: string;
  end?: string;
}

/** A table is either a bare id (unlimited seats) or an id with a seat capacity. */
export type SchedulingTable = string | { id: string; capacity?: number };

export interface SchedulingParticipant {
  id: string;
  /** Slot ids the participant cannot meet in. */
  unavailable: string[];
  maxMeetings: number;
}

export interface MeetingRequest {
  id: string;
  a: string;
  b: string;
  /** Match score 0..1; higher is better. */
  weight: number;
  /** People at the table; defaults to 2. Only matters when tables have a capacity. */
  size?: number;
}

export interface Assignment {
  request: string;
  slot: string;
  table: string;
}

export interface SchedulingInstance {
  slots: SchedulingSlot[];
  tables: SchedulingTable[];
  participants: SchedulingParticipant[];
  requests: MeetingRequest[];
  /** Fixed assignments the scheduler must keep exactly as given. */
  locked?: Assignment[];
  /** Optimum of a generated instance (see FORMAT.md); ignored by the scheduler. */
  planted?: { meetings: number; weight: number };
}

export type UnscheduledReasonCode =
  | 'INVALID_REQUEST'
  | 'NO_TABLE_LARGE_ENOUGH'
  | 'NO_COMMON_FREE_SLOT'
  | 'BOTH_AT_MAXIMUM'
  | 'PARTICIPANT_AT_MAXIMUM'
  | 'NO_TABLE_FREE'
  | 'CAPACITY';

export interface UnscheduledReason {
  request: string;
  code: UnscheduledReasonCode;
  /** One English sentence a participant or organiser understands. */
  message: string;
  /** Participants the reason is about (e.g. the one at their maximum). */
  participants: string[];
  /** The sentence's values (participant ids under `a`, `b`, `p`; numbers as numbers), for `reasonText`. */
  values: Record<string, string | number>;
}

export interface ScheduleStats {
  requests: number;
  scheduled: number;
  weight: number;
  locked: number;
  /** Requests of the previous schedule that are not at the same (slot, table) any more. */
  moved: number;
  /** Improvement rounds actually run. */
  rounds: number;
  millis: number;
}

export interface Schedule {
  assignments: Assignment[];
  unscheduled: UnscheduledReason[];
  stats: ScheduleStats;
}

export interface ScheduleOptions {
  /** A schedule from an earlier run: meetings stay where they were when that costs no meeting. */
  previous?: Assignment[];
  /**
   * Weight one moved meeting costs when comparing schedules (default 0: weight always wins, moves only break
   * ties). E.g. 0.05 moves a meeting only for at least 0.05 more total weight. Never traded against the count.
   */
  moveCost?: number;
  /** Seed of the deterministic RNG used by the local search. */
  seed?: number;
  /** Search effort multiplier (1 = default). The result is deterministic for a given effort and seed. */
  effort?: number;
  /** Wall-clock safety limit in milliseconds (default 10 000); normally the work budget ends the search first. */
  timeLimitMs?: number;
}

export type ViolationCode =
  | 'UNKNOWN_REQUEST'
  | 'UNKNOWN_SLOT'
  | 'UNKNOWN_TABLE'
  | 'UNKNOWN_PARTICIPANT'
  | 'DUPLICATE_REQUEST'
  | 'TABLE_DOUBLE_BOOKED'
  | 'PARTICIPANT_DOUBLE_BOOKED'
  | 'PARTICIPANT_UNAVAILABLE'
  | 'OVER_MAXIMUM'
  | 'TABLE_TOO_SMALL'
  | 'LOCKED_NOT_KEPT';

export interface Violation {
  code: ViolationCode;
  message: string;
}

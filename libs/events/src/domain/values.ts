/** Value sets of matchmaking events (红色产学研对接会). */
export enum EventStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  /** A preliminary schedule exists; only coordinators see it. */
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  /** Called off before it closed; everyone registered is told. */
  CANCELLED = 'CANCELLED',
}

export enum MeetingRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  /** Never stored: a PENDING request past its expiry reads as EXPIRED. */
  EXPIRED = 'EXPIRED',
}

export enum MeetingRequestSource {
  PARTICIPANT = 'PARTICIPANT',
  COORDINATOR = 'COORDINATOR',
}

export enum Attendance {
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}

export enum MeetingOutcome {
  DID_NOT_TAKE_PLACE = 'DID_NOT_TAKE_PLACE',
  NO_FIT = 'NO_FIT',
  FOLLOW_UP_AGREED = 'FOLLOW_UP_AGREED',
  COOPERATION_LIKELY = 'COOPERATION_LIKELY',
}

export const SLOT_LENGTHS = [15, 20, 30] as const;

export interface TimeRange {
  start: string;
  end: string;
}

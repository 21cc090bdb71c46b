/** Where a match request stands; see transitions.ts for the moves between them. */
export enum MatchRequestStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
  MEETING = 'MEETING',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  LANDED = 'LANDED',
  CLOSED = 'CLOSED',
}

/** REQUEST: an enterprise's R&D lead asks a university; PROPOSAL: a university's officer offers to a need. */
export enum MatchDirection {
  REQUEST = 'REQUEST',
  PROPOSAL = 'PROPOSAL',
}

export enum DeclineReason {
  TOO_EARLY = 'TOO_EARLY',
  PRICE = 'PRICE',
  IP_UNCLEAR = 'IP_UNCLEAR',
  NOT_RELEVANT = 'NOT_RELEVANT',
  CAPACITY = 'CAPACITY',
  OTHER = 'OTHER',
}

/** The stages both parties move through after acceptance. */
export const ADVANCE_STAGES = [
  MatchRequestStatus.MEETING,
  MatchRequestStatus.NEGOTIATING,
  MatchRequestStatus.SIGNED,
  MatchRequestStatus.LANDED,
] as const;
export type AdvanceStage = (typeof ADVANCE_STAGES)[number];

/** At most one request per (need or enterprise, achievement) may be in one of these (partial unique index). */
export const OPEN_STATUSES: readonly MatchRequestStatus[] = [
  MatchRequestStatus.REQUESTED,
  MatchRequestStatus.ACCEPTED,
  MatchRequestStatus.MEETING,
  MatchRequestStatus.NEGOTIATING,
  MatchRequestStatus.SIGNED,
];

export const isOpen = (status: MatchRequestStatus): boolean => OPEN_STATUSES.includes(status);

export const MAX_CONTRACT_NUMBER_LENGTH = 40;

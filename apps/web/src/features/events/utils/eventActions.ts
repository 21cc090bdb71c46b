import type { EventStatus } from '../../../gql/graphql';

export type EventAction = 'edit' | 'open' | 'schedule' | 'publish' | 'close' | 'cancel' | 'delete';

/**
 * Which buttons a coordinator sees in each state, after the server's state machine
 * (DRAFT → OPEN → SCHEDULED → PUBLISHED → CLOSED; CANCELLED from any but CLOSED; delete a DRAFT only).
 * The server still refuses anything else; this only avoids offering what it would refuse.
 */
export function actionsFor(status: EventStatus): EventAction[] {
  switch (status) {
    case 'DRAFT':
      return ['edit', 'open', 'cancel', 'delete'];
    case 'OPEN':
      return ['edit', 'schedule', 'cancel'];
    case 'SCHEDULED':
      return ['edit', 'schedule', 'publish', 'cancel'];
    case 'PUBLISHED':
      return ['close', 'cancel'];
    default:
      return [];
  }
}

/** The grid (day, slot length, breaks, tables) is fixed once the event leaves DRAFT. */
export const gridEditable = (status: EventStatus | undefined): boolean => status === undefined || status === 'DRAFT';

/** Participants can register, send and answer requests while these hold (the server also checks the deadline). */
export const participantOpen = (status: EventStatus): boolean =>
  status === 'OPEN' || status === 'SCHEDULED' || status === 'PUBLISHED';

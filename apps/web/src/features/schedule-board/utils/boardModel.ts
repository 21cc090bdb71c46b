/** The board's model, computed from the API's lists: pure, so it is tested without a browser. */
export interface BoardSlot {
  id: string;
  start: string;
  end: string;
}
export interface BoardTable {
  id: string;
  name: string;
  capacity: number;
}
export interface BoardMeeting {
  id: string;
  requestId: string;
  slotId: string;
  tableId: string;
  locked: boolean;
  attendance?: string | null;
  outcome?: string | null;
  outcomeNote?: string | null;
}
export interface BoardRequest {
  id: string;
  fromParticipantId: string;
  toParticipantId: string;
  status: string;
  score: number;
  unscheduledCode?: string | null;
  unscheduledReason?: string | null;
}

export interface Cell {
  slot: BoardSlot;
  table: BoardTable;
  meeting?: BoardMeeting;
  request?: BoardRequest;
}

export const cellKey = (slotId: string, tableId: string): string => `${slotId}|${tableId}`;

/** Rows of slots × columns of tables, each cell with its meeting (if any) and that meeting's request. */
export function buildGrid(
  slots: readonly BoardSlot[],
  tables: readonly BoardTable[],
  meetings: readonly BoardMeeting[],
  requests: readonly BoardRequest[],
): Cell[][] {
  const byCell = new Map(meetings.map((m) => [cellKey(m.slotId, m.tableId), m]));
  const reqs = new Map(requests.map((r) => [r.id, r]));
  return slots.map((slot) =>
    tables.map((table) => {
      const meeting = byCell.get(cellKey(slot.id, table.id));
      return { slot, table, meeting, request: meeting ? reqs.get(meeting.requestId) : undefined };
    }),
  );
}

/** Accepted requests without a meeting: what the board lists under the grid, with the scheduler's reason. */
export function unscheduledRequests(
  requests: readonly BoardRequest[],
  meetings: readonly BoardMeeting[],
): BoardRequest[] {
  const placed = new Set(meetings.map((m) => m.requestId));
  return requests.filter((r) => r.status === 'ACCEPTED' && !placed.has(r.id));
}

/** One participant's day: their meetings in slot order. */
export function personDay(
  participantId: string,
  slots: readonly BoardSlot[],
  meetings: readonly BoardMeeting[],
  requests: readonly BoardRequest[],
): { slot: BoardSlot; meeting?: BoardMeeting; request?: BoardRequest }[] {
  const reqs = new Map(requests.map((r) => [r.id, r]));
  const mine = meetings.filter((m) => {
    const r = reqs.get(m.requestId);
    return r && (r.fromParticipantId === participantId || r.toParticipantId === participantId);
  });
  return slots.map((slot) => {
    const meeting = mine.find((m) => m.slotId === slot.id);
    return { slot, meeting, request: meeting ? reqs.get(meeting.requestId) : undefined };
  });
}

/** Arrow keys, Home/End, PageUp/PageDown inside a rows × cols grid (the WAI-ARIA grid pattern). */
export function nextCell(
  key: string,
  row: number,
  col: number,
  rows: number,
  cols: number,
  ctrl = false,
): [number, number] | null {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v));
  switch (key) {
    case 'ArrowUp':
      return [clamp(row - 1, rows), col];
    case 'ArrowDown':
      return [clamp(row + 1, rows), col];
    case 'ArrowLeft':
      return [row, clamp(col - 1, cols)];
    case 'ArrowRight':
      return [row, clamp(col + 1, cols)];
    case 'Home':
      return ctrl ? [0, 0] : [row, 0];
    case 'End':
      return ctrl ? [rows - 1, cols - 1] : [row, cols - 1];
    case 'PageUp':
      return [0, col];
    case 'PageDown':
      return [rows - 1, col];
    default:
      return null;
  }
}

export interface ScheduleChange {
  requestId: string;
  kind: 'added' | 'removed' | 'moved';
  before?: { slotId: string; tableId: string };
  after?: { slotId: string; tableId: string };
}

/** What differs between two schedules, per request: for "compare before publishing". */
export function compareSchedules(before: readonly BoardMeeting[], after: readonly BoardMeeting[]): ScheduleChange[] {
  const was = new Map(before.map((m) => [m.requestId, m]));
  const now = new Map(after.map((m) => [m.requestId, m]));
  const out: ScheduleChange[] = [];
  for (const [requestId, m] of now) {
    const old = was.get(requestId);
    if (!old) out.push({ requestId, kind: 'added', after: { slotId: m.slotId, tableId: m.tableId } });
    else if (old.slotId !== m.slotId || old.tableId !== m.tableId)
      out.push({
        requestId,
        kind: 'moved',
        before: { slotId: old.slotId, tableId: old.tableId },
        after: { slotId: m.slotId, tableId: m.tableId },
      });
  }
  for (const [requestId, m] of was)
    if (!now.has(requestId)) out.push({ requestId, kind: 'removed', before: { slotId: m.slotId, tableId: m.tableId } });
  return out;
}

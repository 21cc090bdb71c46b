/** The printed schedules, computed from the board's lists (pure; tested without a browser). */
export interface PSlot {
  id: string;
  start: string;
  end: string;
}
export interface PTable {
  id: string;
  name: string;
}
export interface PMeeting {
  requestId: string;
  slotId: string;
  tableId: string;
}
export interface PRequest {
  id: string;
  fromParticipantId: string;
  toParticipantId: string;
}

export interface AgendaLine {
  start: string;
  end: string;
  table: string;
  counterpartId: string;
}

/** Each participant's meetings in time order. */
export function agendasByParticipant(
  slots: readonly PSlot[],
  tables: readonly PTable[],
  meetings: readonly PMeeting[],
  requests: readonly PRequest[],
): Map<string, AgendaLine[]> {
  const order = new Map(slots.map((s, i) => [s.id, i]));
  const slot = new Map(slots.map((s) => [s.id, s]));
  const table = new Map(tables.map((t) => [t.id, t.name]));
  const reqs = new Map(requests.map((r) => [r.id, r]));
  const out = new Map<string, AgendaLine[]>();
  const sorted = [...meetings].sort((a, b) => (order.get(a.slotId) ?? 0) - (order.get(b.slotId) ?? 0));
  for (const m of sorted) {
    const r = reqs.get(m.requestId);
    const s = slot.get(m.slotId);
    if (!r || !s) continue;
    for (const [me, other] of [
      [r.fromParticipantId, r.toParticipantId],
      [r.toParticipantId, r.fromParticipantId],
    ]) {
      const list = out.get(me) ?? [];
      list.push({ start: s.start, end: s.end, table: table.get(m.tableId) ?? '', counterpartId: other });
      out.set(me, list);
    }
  }
  return out;
}

/** One table's day for its card: every slot, with the two sides or nothing. */
export function tableDay(
  tableId: string,
  slots: readonly PSlot[],
  meetings: readonly PMeeting[],
  requests: readonly PRequest[],
): { slot: PSlot; sides: [string, string] | null }[] {
  const reqs = new Map(requests.map((r) => [r.id, r]));
  return slots.map((slot) => {
    const m = meetings.find((x) => x.slotId === slot.id && x.tableId === tableId);
    const r = m ? reqs.get(m.requestId) : undefined;
    return { slot, sides: r ? [r.fromParticipantId, r.toParticipantId] : null };
  });
}

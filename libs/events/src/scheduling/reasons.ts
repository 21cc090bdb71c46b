import { Model } from './model';
import { State } from './state';
import { UnscheduledReason, UnscheduledReasonCode } from './types';

import { reasonText } from './reason-text';

/**
 * Explains each unscheduled request against the final schedule, most fundamental cause first: a broken
 * request, no big-enough table, no slot both can attend, someone at their maximum, no slot where both are
 * still free, every such slot full; CAPACITY is the fallback when a place exists but taking it would cost
 * another meeting (it does not occur for requests that fit outright, since the search places those).
 */
export function explainUnscheduled(m: Model, st: State, sizes: (number | undefined)[]): UnscheduledReason[] {
  const out: UnscheduledReason[] = [];
  for (let r = 0; r < m.R; r++) {
    if (st.slotOf[r] >= 0) continue;
    out.push(explain(m, st, r, sizes[r]));
  }
  return out;
}

function explain(m: Model, st: State, r: number, size: number | undefined): UnscheduledReason {
  const request = m.requestIds[r];
  const reason = (code: UnscheduledReasonCode, participants: string[], values: Record<string, string | number>) =>
    ({ request, code, message: reasonText(code, values, 'en'), participants, values }) satisfies UnscheduledReason;
  const detail = m.invalid[r];
  if (detail !== undefined) return reason('INVALID_REQUEST', [], { detail });
  const a = m.reqA[r];
  const b = m.reqB[r];
  const ida = m.participantIds[a];
  const idb = m.participantIds[b];
  if (m.reqClass[r] < 0) return reason('NO_TABLE_LARGE_ENOUGH', [], { size: size ?? '?' });
  if (m.reqSlots[r].length === 0) return reason('NO_COMMON_FREE_SLOT', [ida, idb], { a: ida, b: idb });
  const fullA = st.atMax(a);
  const fullB = st.atMax(b);
  if (fullA && fullB) {
    return reason('BOTH_AT_MAXIMUM', [ida, idb], {
      a: ida,
      b: idb,
      maxA: m.maxMeetings[a],
      maxB: m.maxMeetings[b],
    });
  }
  if (fullA || fullB) {
    const p = fullA ? a : b;
    return reason('PARTICIPANT_AT_MAXIMUM', [m.participantIds[p]], {
      p: m.participantIds[p],
      max: m.maxMeetings[p],
    });
  }
  let bothFree = 0;
  let withTable = 0;
  for (const s of m.reqSlots[r]) {
    if (st.busy[a * m.S + s] >= 0 || st.busy[b * m.S + s] >= 0) continue;
    bothFree++;
    if (st.tightLevel(s, m.reqClass[r]) < 0) withTable++;
  }
  if (bothFree === 0) return reason('NO_COMMON_FREE_SLOT', [ida, idb], { a: ida, b: idb });
  if (withTable === 0) return reason('NO_TABLE_FREE', [ida, idb], { a: ida, b: idb });
  return reason('CAPACITY', [ida, idb], { a: ida, b: idb });
}

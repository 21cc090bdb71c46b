import { MatchRequestStatus } from '@app/matching';

/**
 * "Matches advanced because of the event", precisely: a match request counts when its two organisations met at the
 * event — a meeting between them that was held (ATTENDED, or rated as having taken place) — and the request moved
 * forward (to ACCEPTED, MEETING, NEGOTIATING, SIGNED or LANDED) either by that meeting's outcome (the move names the
 * meeting), or from the start of the event day through `FOLLOW_UP_DAYS` days after it (Asia/Shanghai). Each request
 * counts once, under the furthest stage it reached in that time. Moves backwards or sideways (DECLINED, CLOSED …)
 * and requests between organisations that did not meet there are not the event's doing.
 */
export const FOLLOW_UP_DAYS = 30;

/** Forward stages, in order. */
export const FORWARD_STAGES = [
  MatchRequestStatus.ACCEPTED,
  MatchRequestStatus.MEETING,
  MatchRequestStatus.NEGOTIATING,
  MatchRequestStatus.SIGNED,
  MatchRequestStatus.LANDED,
] as const;
export type ForwardStage = (typeof FORWARD_STAGES)[number];

export interface HeldMeeting {
  meetingId: string;
  /** Organisation ids of the two sides; null for a guest. */
  orgs: readonly (string | null)[];
}

export interface StageMove {
  requestId: string;
  enterpriseOrgId: string;
  universityOrgId: string;
  to: MatchRequestStatus;
  at: Date;
  /** The event meeting whose outcome made the move, if one did. */
  eventMeetingId: string | null;
}

export interface AdvancedMatches {
  total: number;
  byStage: { stage: ForwardStage; count: number }[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The window for follow-up moves: from 00:00 of the event day in Asia/Shanghai, through `FOLLOW_UP_DAYS` days after it. */
export function followUpWindow(eventDate: string, days = FOLLOW_UP_DAYS): { from: Date; to: Date } {
  const from = new Date(`${eventDate}T00:00:00+08:00`);
  return { from, to: new Date(from.getTime() + (days + 1) * 86_400_000) };
}

export function matchesAdvanced(
  eventDate: string,
  held: readonly HeldMeeting[],
  moves: readonly StageMove[],
  days = FOLLOW_UP_DAYS,
): AdvancedMatches {
  const { from, to } = followUpWindow(eventDate, days);
  const pairs = new Set<string>();
  const meetingIds = new Set<string>();
  for (const m of held) {
    const [a, b] = m.orgs;
    if (m.orgs.length !== 2 || !a || !b) continue;
    pairs.add(pairKey(a, b));
    meetingIds.add(m.meetingId);
  }
  const rank = (s: MatchRequestStatus) => (FORWARD_STAGES as readonly MatchRequestStatus[]).indexOf(s);
  const furthest = new Map<string, number>();
  for (const move of moves) {
    const stage = rank(move.to);
    if (stage < 0 || !pairs.has(pairKey(move.enterpriseOrgId, move.universityOrgId))) continue;
    const byMeeting = move.eventMeetingId !== null && meetingIds.has(move.eventMeetingId);
    const inWindow = move.at >= from && move.at < to;
    if (!byMeeting && !inWindow) continue;
    furthest.set(move.requestId, Math.max(stage, furthest.get(move.requestId) ?? -1));
  }
  const counts = FORWARD_STAGES.map(() => 0);
  for (const stage of furthest.values()) counts[stage] += 1;
  return { total: furthest.size, byStage: FORWARD_STAGES.map((stage, i) => ({ stage, count: counts[i] })) };
}

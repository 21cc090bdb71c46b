import type { MatchRequestStatus } from '../../../gql/graphql';

export const PIPELINE_ORDER: MatchRequestStatus[] = [
  'REQUESTED',
  'ACCEPTED',
  'MEETING',
  'NEGOTIATING',
  'SIGNED',
  'LANDED',
];

/**
 * Requests that reached at least each stage: a request now at SIGNED passed REQUESTED…NEGOTIATING. The
 * first stage counts every request (declined, expired and withdrawn ones were requested too).
 */
export function funnel(
  total: number,
  counts: { status: MatchRequestStatus; count: number }[],
): { status: MatchRequestStatus; reached: number }[] {
  const by = new Map(counts.map((c) => [c.status, c.count]));
  return PIPELINE_ORDER.map((status, i) => ({
    status,
    reached: i === 0 ? total : PIPELINE_ORDER.slice(i).reduce((sum, later) => sum + (by.get(later) ?? 0), 0),
  }));
}

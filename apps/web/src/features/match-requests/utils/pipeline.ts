import type { MatchAdvanceStage, MatchRequestStatus } from '../../../gql/graphql';

const ORDER: MatchRequestStatus[] = ['REQUESTED', 'ACCEPTED', 'MEETING', 'NEGOTIATING', 'SIGNED', 'LANDED'];
const ENDED: MatchRequestStatus[] = ['DECLINED', 'EXPIRED', 'WITHDRAWN', 'CLOSED'];

/** The one step forward the pipeline allows from a stage (the server checks who may take it). */
export function nextStage(status: MatchRequestStatus): MatchAdvanceStage | null {
  const at = ORDER.indexOf(status);
  // REQUESTED moves by accept/decline, not by advancing; ended stages do not move.
  if (at < 1) return null;
  return (ORDER[at + 1] as MatchAdvanceStage | undefined) ?? null;
}

/** Position on the timeline and whether the request left it. */
export function pipelinePosition(status: MatchRequestStatus): { index: number; ended: boolean } {
  if (ENDED.includes(status)) return { index: 0, ended: true };
  return { index: ORDER.indexOf(status), ended: false };
}

export const PIPELINE_STAGES = ORDER;

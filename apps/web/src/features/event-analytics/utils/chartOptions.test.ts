import { describe, expect, it } from 'vitest';
import { advancedOption, funnelOption, outcomesOption, perParticipantHistogram } from './chartOptions';

const a = {
  requestsSent: 8,
  requestsAccepted: 5,
  coordinatorMeetings: 3,
  meetingsScheduled: 7,
  meetingsHeld: 6,
  outcomes: [
    { outcome: 'FOLLOW_UP_AGREED', count: 3 },
    { outcome: 'NO_FIT', count: 0 },
  ],
  perParticipant: [
    { participantId: 'a', meetings: 2 },
    { participantId: 'b', meetings: 0 },
    { participantId: 'c', meetings: 2 },
  ],
  matchesAdvanced: {
    total: 3,
    byStage: [
      { stage: 'ACCEPTED', count: 0 },
      { stage: 'MEETING', count: 2 },
      { stage: 'NEGOTIATING', count: 0 },
      { stage: 'SIGNED', count: 1 },
      { stage: 'LANDED', count: 0 },
    ],
  },
};

describe('analytics charts', () => {
  it('lists the funnel top to bottom from sent to held', () => {
    const o = funnelOption(a, (k) => k);
    expect(o.yAxis.data).toEqual([
      'meetingsHeld',
      'meetingsScheduled',
      'coordinatorMeetings',
      'requestsAccepted',
      'requestsSent',
    ]);
    expect(o.series[0].data).toEqual([6, 7, 3, 5, 8]);
  });
  it('leaves outcomes nobody recorded out of the pie', () => {
    expect(outcomesOption(a, (k) => k).series[0].data).toEqual([{ name: 'FOLLOW_UP_AGREED', value: 3 }]);
  });
  it('counts participants by number of meetings, zeros included', () => {
    expect(perParticipantHistogram(a)).toEqual([
      { meetings: 0, participants: 1 },
      { meetings: 1, participants: 0 },
      { meetings: 2, participants: 2 },
    ]);
  });
  it('shows matches advanced by the event per stage in funnel order, zeros kept', () => {
    const o = advancedOption(a, (s) => `stage:${s}`);
    expect(o.xAxis.data).toEqual([
      'stage:ACCEPTED',
      'stage:MEETING',
      'stage:NEGOTIATING',
      'stage:SIGNED',
      'stage:LANDED',
    ]);
    expect(o.series[0].data).toEqual([0, 2, 0, 1, 0]);
  });
});

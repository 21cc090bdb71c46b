import { MatchRequestStatus as S } from '@app/matching';
import { followUpWindow, HeldMeeting, matchesAdvanced, StageMove } from './advanced';

const DATE = '2099-06-01';
const held = (meetingId: string, a: string | null, b: string | null): HeldMeeting => ({ meetingId, orgs: [a, b] });
const move = (requestId: string, to: S, at: string, over: Partial<StageMove> = {}): StageMove => ({
  requestId,
  enterpriseOrgId: 'e1',
  universityOrgId: 'u1',
  to,
  at: new Date(at),
  eventMeetingId: null,
  ...over,
});
const stages = (r: ReturnType<typeof matchesAdvanced>) =>
  Object.fromEntries(r.byStage.filter((s) => s.count).map((s) => [s.stage, s.count]));

describe('matches advanced because of the event', () => {
  it('opens the window at 00:00 of the event day in Shanghai and closes it 30 days after that day', () => {
    const { from, to } = followUpWindow(DATE);
    expect(from.toISOString()).toBe('2099-05-31T16:00:00.000Z');
    expect(to.toISOString()).toBe('2099-07-01T16:00:00.000Z');
  });

  it.each([
    ['a move the evening before the event day', '2099-05-31T15:59:59Z', 0],
    ['a move at the start of the event day', '2099-05-31T16:00:00Z', 1],
    ['a move on the 30th day after it', '2099-07-01T15:59:59Z', 1],
    ['a move on the 31st day after it', '2099-07-01T16:00:00Z', 0],
  ])('%s counts %i', (_label, at, total) => {
    expect(matchesAdvanced(DATE, [held('m1', 'e1', 'u1')], [move('r1', S.NEGOTIATING, at)]).total).toBe(total);
  });

  it('counts a move made by one of the meetings, whenever it was recorded', () => {
    const r = matchesAdvanced(
      DATE,
      [held('m1', 'u1', 'e1')],
      [move('r1', S.MEETING, '2026-01-01T00:00:00Z', { eventMeetingId: 'm1' })],
    );
    expect(r.total).toBe(1);
    expect(stages(r)).toEqual({ MEETING: 1 });
  });

  it('counts each request once, at the furthest stage it reached', () => {
    const r = matchesAdvanced(
      DATE,
      [held('m1', 'e1', 'u1')],
      [
        move('r1', S.MEETING, '2099-06-01T03:00:00Z'),
        move('r1', S.NEGOTIATING, '2099-06-05T03:00:00Z'),
        move('r1', S.SIGNED, '2099-06-20T03:00:00Z'),
        move('r2', S.ACCEPTED, '2099-06-02T03:00:00Z'),
      ],
    );
    expect(r.total).toBe(2);
    expect(stages(r)).toEqual({ ACCEPTED: 1, SIGNED: 1 });
  });

  it('leaves out backward moves, pairs that did not meet, guests and other events’ meetings', () => {
    const r = matchesAdvanced(
      DATE,
      [held('m1', 'e1', 'u1'), held('m2', 'e2', null)],
      [
        move('r1', S.CLOSED, '2099-06-02T03:00:00Z'),
        move('r2', S.DECLINED, '2099-06-02T03:00:00Z'),
        move('r3', S.MEETING, '2099-06-02T03:00:00Z', { enterpriseOrgId: 'e2', universityOrgId: 'u2' }),
        move('r4', S.MEETING, '2099-06-02T03:00:00Z', { enterpriseOrgId: 'e2' }),
        move('r5', S.MEETING, '2026-01-01T00:00:00Z', { eventMeetingId: 'elsewhere' }),
      ],
    );
    expect(r).toEqual({ total: 0, byStage: expect.any(Array) });
    expect(r.byStage.every((s) => s.count === 0)).toBe(true);
  });

  it('counts nothing without a held meeting', () => {
    expect(matchesAdvanced(DATE, [], [move('r1', S.MEETING, '2099-06-02T03:00:00Z')]).total).toBe(0);
  });
});

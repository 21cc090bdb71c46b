import { codeOf, Factory, Person } from './support/factories';
import { EVENT_OPS as OPS, EventRef, EventSteps } from './support/events';
import { ManualClock } from './support/manual-clock';
import { startApp, TestApp } from './support/test-app';

/** The day's rules: nothing before the event day, no outcome for a no-show, figures that add up. */
describe('event day records', () => {
  let t: TestApp;
  let f: Factory;
  let steps: EventSteps;
  const clock = new ManualClock();
  let e1: Person, u1: Person;
  let event: EventRef;
  let meetingId: string;
  let matchRequestId: string;

  beforeAll(async () => {
    t = await startApp({}, { clock });
    f = new Factory(t);
    steps = new EventSteps(t, f, await f.person('COORDINATOR'));
    [e1, u1] = [await f.person('RD_LEAD'), await f.person('OFFICER')];
    // The two organisations already agreed to talk: an ACCEPTED match request a good meeting would move on.
    const listing = await f.achievement(u1, { title: '硅片分选机视觉定位', keywords: ['分选', '视觉定位'] });
    const asked = await steps.ok(`mutation($input: RequestMatchInput!) { requestMatch(input: $input) { id version } }`, { input: { achievementId: listing.id, message: '想了解' } }, e1.token);
    await steps.ok(`mutation($input: VersionedRefInput!) { acceptMatchRequest(input: $input) { id } }`, { input: { id: asked.requestMatch.id, version: asked.requestMatch.version } }, u1.token);
    matchRequestId = asked.requestMatch.id;

    event = await steps.openEvent({ date: '2099-06-01', registrationDeadline: '2099-05-31' });
    const pe = (await steps.ok(OPS.register, { input: { eventId: event.id } }, e1.token)).registerParticipant.id as string;
    const pu = (await steps.ok(OPS.register, { input: { eventId: event.id } }, u1.token)).registerParticipant.id as string;
    await steps.addMeeting(event.id, pe, pu);
    await steps.schedule(event.id);
    await steps.ok(OPS.publish, { input: { id: event.id, version: (await steps.ok(OPS.get, { id: event.id })).event.version } });
    [{ id: meetingId }] = await steps.meetings(event.id);
  });
  afterAll(() => t.close());

  const attendance = (value: string, token?: string) => t.gql(OPS.attendance, { input: { meetingId, attendance: value } }, token ?? steps.coordinator.token);
  const outcome = (value: string, token?: string) => t.gql(OPS.outcome, { input: { meetingId, outcome: value } }, token ?? steps.coordinator.token);
  const matchStatus = async () => (await steps.ok(`query($id: ID!) { matchRequest(id: $id) { status } }`, { id: matchRequestId }, e1.token)).matchRequest.status;

  it('refuses attendance and outcomes before the event day (Asia/Shanghai)', async () => {
    // 23:59 on 31 May in Shanghai is still the day before.
    clock.set('2099-05-31T15:59:00Z');
    for (const res of [await attendance('ATTENDED'), await outcome('FOLLOW_UP_AGREED', e1.token)]) {
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('date');
    }
    expect((await steps.meetings(event.id))[0]).toMatchObject({ attendance: null, outcome: null });
  });

  it('refuses an outcome other than DID_NOT_TAKE_PLACE for a NO_SHOW meeting, which never moves the match', async () => {
    clock.set('2099-06-01T00:30:00Z');
    expect((await attendance('NO_SHOW')).errors).toBeUndefined();
    for (const value of ['FOLLOW_UP_AGREED', 'COOPERATION_LIKELY', 'NO_FIT']) {
      const res = await outcome(value, e1.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('outcome');
    }
    expect(await matchStatus()).toBe('ACCEPTED');
    expect((await outcome('DID_NOT_TAKE_PLACE', e1.token)).errors).toBeUndefined();
    // The database holds the same line against any writer.
    const raw = t.db.transaction((em) => em.query(`UPDATE meetings SET outcome = 'FOLLOW_UP_AGREED' WHERE id = $1`, [meetingId]));
    await expect(raw).rejects.toMatchObject({ code: '23514' });
  });

  it('refuses NO_SHOW once the outcome says the meeting took place; analytics count outcomes among held meetings', async () => {
    expect((await attendance('ATTENDED')).errors).toBeUndefined();
    expect((await outcome('FOLLOW_UP_AGREED', u1.token)).errors).toBeUndefined();
    expect(await matchStatus()).toBe('MEETING');
    const res = await attendance('NO_SHOW');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('attendance');
    const a = (await steps.ok(OPS.analytics, { id: event.id })).eventAnalytics;
    expect(a).toMatchObject({ meetingsScheduled: 1, meetingsHeld: 1, noShowRate: 0 });
    const positive = a.outcomes.filter((o: { outcome: string }) => o.outcome !== 'DID_NOT_TAKE_PLACE').reduce((n: number, o: { count: number }) => n + o.count, 0);
    expect(positive).toBe(1);
  });
});

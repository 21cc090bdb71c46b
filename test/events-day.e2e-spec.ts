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
    const asked = await steps.ok(
      `mutation($input: RequestMatchInput!) { requestMatch(input: $input) { id version } }`,
      { input: { achievementId: listing.id, message: '想了解' } },
      e1.token,
    );
    await steps.ok(
      `mutation($input: VersionedRefInput!) { acceptMatchRequest(input: $input) { id } }`,
      { input: { id: asked.requestMatch.id, version: asked.requestMatch.version } },
      u1.token,
    );
    matchRequestId = asked.requestMatch.id;

    event = await steps.openEvent({ date: '2099-06-01', registrationDeadline: '2099-05-31' });
    const pe = (await steps.ok(OPS.register, { input: { eventId: event.id } }, e1.token)).registerParticipant
      .id as string;
    const pu = (await steps.ok(OPS.register, { input: { eventId: event.id } }, u1.token)).registerParticipant
      .id as string;
    await steps.addMeeting(event.id, pe, pu);
    await steps.schedule(event.id);
    await steps.ok(OPS.publish, {
      input: { id: event.id, version: (await steps.ok(OPS.get, { id: event.id })).event.version },
    });
    [{ id: meetingId }] = await steps.meetings(event.id);
  });
  afterAll(() => t.close());

  const attendance = (value: string, token?: string) =>
    t.gql(OPS.attendance, { input: { meetingId, attendance: value } }, token ?? steps.coordinator.token);
  const outcome = (value: string, token?: string) =>
    t.gql(OPS.outcome, { input: { meetingId, outcome: value } }, token ?? steps.coordinator.token);
  const matchStatus = async () =>
    (await steps.ok(`query($id: ID!) { matchRequest(id: $id) { status } }`, { id: matchRequestId }, e1.token))
      .matchRequest.status;

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
    const raw = t.db.transaction((em) =>
      em.query(`UPDATE meetings SET outcome = 'FOLLOW_UP_AGREED' WHERE id = $1`, [meetingId]),
    );
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
    const positive = a.outcomes
      .filter((o: { outcome: string }) => o.outcome !== 'DID_NOT_TAKE_PLACE')
      .reduce((n: number, o: { count: number }) => n + o.count, 0);
    expect(positive).toBe(1);
  });

  it('keeps a note with the outcome: checked for length, kept when omitted, cleared when blank', async () => {
    const note = (value: unknown) =>
      t.gql(
        `mutation($input: OutcomeInput!) { recordMeetingOutcome(input: $input) { id outcome outcomeNote } }`,
        { input: { meetingId, outcome: 'FOLLOW_UP_AGREED', ...(value === undefined ? {} : { note: value }) } },
        u1.token,
      );
    const stored = async () =>
      (await steps.ok(`query($id: ID!) { eventMeetings(eventId: $id) { id outcome outcomeNote } }`, { id: event.id }))
        .eventMeetings[0];
    const long = await note('约'.repeat(1001));
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0].extensions?.fields?.[0].field).toBe('note');
    expect((await note('  双方约定两周内到企业现场看样机  ')).data?.recordMeetingOutcome.outcomeNote).toBe(
      '双方约定两周内到企业现场看样机',
    );
    expect((await note(undefined)).errors).toBeUndefined();
    expect(await stored()).toMatchObject({
      outcome: 'FOLLOW_UP_AGREED',
      outcomeNote: '双方约定两周内到企业现场看样机',
    });
    expect((await note('约'.repeat(1000))).errors).toBeUndefined();
    expect((await note('   ')).data?.recordMeetingOutcome.outcomeNote).toBeNull();
    expect(await stored()).toMatchObject({ outcome: 'FOLLOW_UP_AGREED', outcomeNote: null });
  });

  it('counts the match the meeting moved on as advanced by the event, and not a later move outside the follow-up window', async () => {
    const advanced = async () =>
      (
        await steps.ok(
          `query($id: ID!) { eventAnalytics(eventId: $id) { matchesAdvanced { total byStage { stage count } } } }`,
          { id: event.id },
        )
      ).eventAnalytics.matchesAdvanced;
    const stageCount = (a: { byStage: { stage: string; count: number }[] }, stage: string) =>
      a.byStage.find((s) => s.stage === stage)?.count;
    const before = await advanced();
    expect(before.total).toBe(1);
    expect(stageCount(before, 'MEETING')).toBe(1);
    // Moved on today, decades before this (2099) event: not the event's doing, so the request stays at MEETING.
    const { matchRequest } = await steps.ok(
      `query($id: ID!) { matchRequest(id: $id) { id version } }`,
      { id: matchRequestId },
      e1.token,
    );
    await steps.ok(
      `mutation($input: AdvanceMatchRequestInput!) { advanceMatchRequest(input: $input) { status } }`,
      { input: { id: matchRequest.id, version: matchRequest.version, to: 'NEGOTIATING' } },
      e1.token,
    );
    const after = await advanced();
    expect(after.total).toBe(1);
    expect(stageCount(after, 'MEETING')).toBe(1);
    expect(stageCount(after, 'NEGOTIATING')).toBe(0);
  });

  it('counts forward moves between organisations that met, from the event day through the follow-up window', async () => {
    clock.set(null);
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10); // today in Shanghai
    const today = await steps.openEvent({ date: day, registrationDeadline: day });
    const pe = (await steps.ok(OPS.register, { input: { eventId: today.id, orgId: e1.orgId } })).registerParticipant
      .id as string;
    const pu = (await steps.ok(OPS.register, { input: { eventId: today.id, orgId: u1.orgId } })).registerParticipant
      .id as string;
    await steps.addMeeting(today.id, pe, pu);
    await steps.schedule(today.id);
    await steps.ok(OPS.publish, {
      input: { id: today.id, version: (await steps.ok(OPS.get, { id: today.id })).event.version },
    });
    const [held] = await steps.meetings(today.id);
    const analytics = async () =>
      (
        await steps.ok(
          `query($id: ID!) { eventAnalytics(eventId: $id) { matchesAdvanced { total byStage { stage count } } } }`,
          { id: today.id },
        )
      ).eventAnalytics.matchesAdvanced;
    // Scheduled but not yet held: the two have not met, so nothing is the event's doing.
    expect((await analytics()).total).toBe(0);
    await steps.ok(OPS.attendance, { input: { meetingId: held.id, attendance: 'ATTENDED' } });
    const { matchRequest } = await steps.ok(
      `query($id: ID!) { matchRequest(id: $id) { id version } }`,
      { id: matchRequestId },
      e1.token,
    );
    await steps.ok(
      `mutation($input: AdvanceMatchRequestInput!) { advanceMatchRequest(input: $input) { status } }`,
      {
        input: {
          id: matchRequest.id,
          version: matchRequest.version,
          to: 'SIGNED',
          contractAmountWan: 120,
          contractNumber: '2026330400000123',
        },
      },
      u1.token,
    );
    const a = await analytics();
    expect(a.total).toBe(1);
    expect(a.byStage).toEqual([
      { stage: 'ACCEPTED', count: 0 },
      { stage: 'MEETING', count: 0 },
      { stage: 'NEGOTIATING', count: 0 },
      { stage: 'SIGNED', count: 1 },
      { stage: 'LANDED', count: 0 },
    ]);
  });
});

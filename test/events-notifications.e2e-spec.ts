import { EventSweepService } from '@app/events';
import { Factory, Person } from './support/factories';
import { EVENT_OPS as OPS, EventRef, EventSteps } from './support/events';
import { ManualClock } from './support/manual-clock';
import { startApp, TestApp } from './support/test-app';

type Note = { kind: string; message: string; eventId: string | null };

/** In-app notices of an event: who hears what, once. */
describe('event notifications', () => {
  let t: TestApp;
  let f: Factory;
  let steps: EventSteps;
  const clock = new ManualClock();
  let e1: Person, u1: Person, u1b: Person, u2: Person;
  let event: EventRef;
  const p: Record<string, string> = {};
  let sweep: () => Promise<{ warned: number; reminded: number }>;

  beforeAll(async () => {
    t = await startApp({}, { clock });
    f = new Factory(t);
    steps = new EventSteps(t, f, await f.person('COORDINATOR'));
    sweep = () => t.app.get(EventSweepService).sweep();
    e1 = await f.person('RD_LEAD');
    u1 = await f.person('OFFICER');
    u1b = await f.person('OFFICER', u1.orgId);
    u2 = await f.person('OFFICER');
    clock.set('2099-05-20T02:00:00Z');
    event = await steps.openEvent({ title: '光伏专场', date: '2099-06-01', registrationDeadline: '2099-05-31' });
    for (const [key, who] of Object.entries({ e1, u1, u2 }))
      p[key] = (await steps.ok(OPS.register, { input: { eventId: event.id } }, who.token)).registerParticipant.id;
  });
  afterAll(() => t.close());

  const notes = async (who: Person): Promise<Note[]> =>
    (await steps.ok(`{ notifications(first: 100) { kind message eventId } }`, {}, who.token)).notifications;
  const kinds = async (who: Person, kind: string): Promise<Note[]> => (await notes(who)).filter((n) => n.kind === kind);
  const orgName = async (who: Person): Promise<string> =>
    (await steps.ok(`query($id: ID!) { organization(id: $id) { name } }`, { id: who.orgId })).organization.name;

  it('tells the addressee organisation of a request, and the sender of the answer', async () => {
    const sent = (
      await steps.ok(
        OPS.send,
        { input: { eventId: event.id, toParticipantId: p.u1, message: '想聊聊EL检测' } },
        e1.token,
      )
    ).sendMeetingRequest.id;
    for (const who of [u1, u1b]) {
      const [n] = await kinds(who, 'EVENT_MEETING_REQUESTED');
      expect(n).toEqual({
        kind: 'EVENT_MEETING_REQUESTED',
        eventId: event.id,
        message: `对接会「光伏专场」：${await orgName(e1)} 向您发来洽谈请求：“想聊聊EL检测”`,
      });
    }
    expect(await kinds(e1, 'EVENT_MEETING_REQUESTED')).toEqual([]);
    await steps.ok(OPS.respond, { input: { requestId: sent, accept: true } }, u1.token);
    expect((await kinds(e1, 'EVENT_MEETING_ACCEPTED')).map((n) => n.message)).toEqual([
      `对接会「光伏专场」：${await orgName(u1)} 接受了您的洽谈请求`,
    ]);
    // The person who answered is not told what they did; their colleague neither (it was not addressed to them).
    expect(await kinds(u1, 'EVENT_MEETING_ACCEPTED')).toEqual([]);
  });

  it('warns once of a request about to expire, whichever process sweeps', async () => {
    const expiresAt = new Date(clock.now().getTime() + 12 * 3_600_000).toISOString();
    await steps.ok(OPS.send, { input: { eventId: event.id, toParticipantId: p.u2, message: '', expiresAt } }, e1.token);
    const runs = await Promise.all([sweep(), sweep()]);
    expect(runs.reduce((n, r) => n + r.warned, 0)).toBe(1);
    expect(await sweep()).toEqual({ warned: 0, reminded: 0 });
    const [n] = await kinds(u2, 'EVENT_MEETING_REQUEST_EXPIRING');
    expect(n.message).toBe(`对接会「光伏专场」：${await orgName(e1)} 的洽谈请求将于 2099-05-20 22:00 过期，请尽快答复`);
    expect(await kinds(u2, 'EVENT_MEETING_REQUEST_EXPIRING')).toHaveLength(1);
  });

  it('tells everyone of the published schedule and both sides of a moved or cancelled meeting', async () => {
    await steps.schedule(event.id);
    await steps.ok(OPS.publish, {
      input: { id: event.id, version: (await steps.ok(OPS.get, { id: event.id })).event.version },
    });
    for (const who of [e1, u1, u1b, u2]) expect(await kinds(who, 'EVENT_SCHEDULE_PUBLISHED')).toHaveLength(1);
    const [meeting] = await steps.meetings(event.id);
    const slot = event.slots.find((s) => s.id !== meeting.slotId) as { id: string; start: string; end: string };
    await steps.ok(OPS.move, { input: { meetingId: meeting.id, slotId: slot.id, tableId: meeting.tableId } });
    for (const who of [e1, u1]) {
      const [moved] = await kinds(who, 'EVENT_MEETING_MOVED');
      expect(moved.message).toMatch(new RegExp(`洽谈调整为 ${slot.start}–${slot.end}，T\\d桌$`));
    }
    expect(await kinds(u2, 'EVENT_MEETING_MOVED')).toEqual([]);
    await steps.ok(`mutation($id: ID!) { unscheduleMeeting(meetingId: $id) }`, { id: meeting.id });
    const [cancelled] = await kinds(e1, 'EVENT_MEETING_CANCELLED');
    expect(cancelled.message).toBe(
      `对接会「光伏专场」：您与 ${await orgName(u1)} 在 ${slot.start}–${slot.end} 的洽谈已取消`,
    );
  });

  it('reminds everyone the day before, once; tells everyone when the event is cancelled', async () => {
    clock.set('2099-05-30T15:00:00Z'); // 23:00 on 30 May in Shanghai: two days before, no reminder yet
    expect((await sweep()).reminded).toBe(0);
    clock.set('2099-05-31T02:00:00Z');
    const runs = await Promise.all([sweep(), sweep()]);
    expect(runs.reduce((n, r) => n + r.reminded, 0)).toBe(1);
    expect((await sweep()).reminded).toBe(0);
    for (const who of [e1, u1, u1b, u2])
      expect((await kinds(who, 'EVENT_REMINDER')).map((n) => n.message)).toEqual([
        '提醒：对接会「光伏专场」将于明天（2099-06-01）09:00 在嘉兴科技城会议中心举行，请查看您的日程',
      ]);
    const version = (await steps.ok(OPS.get, { id: event.id })).event.version;
    await steps.ok(`mutation($input: CancelEventInput!) { cancelEvent(input: $input) { id } }`, {
      input: { id: event.id, version, reason: '因台风预警取消' },
    });
    for (const who of [e1, u1, u1b, u2])
      expect((await kinds(who, 'EVENT_CANCELLED')).map((n) => n.message)).toEqual([
        '对接会「光伏专场」（2099-06-01）已取消：因台风预警取消',
      ]);
  });
});

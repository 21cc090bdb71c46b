import { BoardService } from '@app/events';
import { codeOf, Factory, Person } from './support/factories';
import { EVENT_OPS as OPS, EventRef, EventSteps } from './support/events';
import { startApp, TestApp } from './support/test-app';

const PARTY = `displayName orgId organization { name } guest { name organisationName }`;
const BOARD = `query($id: ID!) { eventMeetings(eventId: $id) { id locked slot { start end } table { name } participants { ${PARTY} } } }`;
const REQUESTS = `query($id: ID!) { meetingRequests(eventId: $id) { id status from { ${PARTY} } to { ${PARTY} } } }`;
const PEOPLE = `query($id: ID!) { eventParticipants(eventId: $id) { id displayName achievements { title } needs { title } } }`;
const SUGGEST = `query($id: ID!) { suggestMeetings(eventId: $id) { score enterprise { displayName } institute { displayName } need { title } achievement { title } } }`;

/** What the schedule board reads: names, times, tables and listings, batched; and the personal calendar feed. */
describe('event board reads and calendar feed', () => {
  let t: TestApp;
  let f: Factory;
  let steps: EventSteps;
  let e1: Person, u1: Person;
  let event: EventRef;
  const p: Record<string, string> = {};
  const names: Record<string, string> = {};

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    steps = new EventSteps(t, f, await f.person('COORDINATOR'));
    names.e1 = '嘉兴光伏组件有限公司';
    names.u1 = '浙江清华长三角研究院';
    e1 = await f.person('RD_LEAD', await f.org('ENTERPRISE', names.e1));
    u1 = await f.person('OFFICER', await f.org('UNIVERSITY', names.u1));
    await f.achievement(u1, { title: '组件EL隐裂自动识别算法', keywords: ['隐裂', 'EL检测', '组件'] });
    await f.need(e1, { title: '组件EL隐裂漏检', keywords: ['隐裂', 'EL检测'] });
    await f.need(e1, { title: '保密：新型封装胶膜', keywords: ['胶膜'], confidential: true });
    names.e2 = '海宁光伏玻璃股份公司';
    const e2 = await f.person('RD_LEAD', await f.org('ENTERPRISE', names.e2));
    await f.need(e2, { title: 'EL图像隐裂检测', keywords: ['隐裂', 'EL检测'] });
    await t.syncSearch();
    event = await steps.openEvent();
    p.e1 = (await steps.ok(OPS.register, { input: { eventId: event.id } }, e1.token)).registerParticipant.id;
    p.u1 = (await steps.ok(OPS.register, { input: { eventId: event.id } }, u1.token)).registerParticipant.id;
    await steps.ok(OPS.register, { input: { eventId: event.id, orgId: e2.orgId } });
    p.guest = (
      await steps.ok(`mutation($input: RegisterGuestInput!) { registerGuest(input: $input) { id } }`, {
        input: { eventId: event.id, name: '李娜', organisationName: '秀洲某检测所', email: 'lina@example.cn' },
      })
    ).registerGuest.id;
    const sent = (
      await steps.ok(OPS.send, { input: { eventId: event.id, toParticipantId: p.u1, message: '' } }, e1.token)
    ).sendMeetingRequest.id;
    await steps.ok(OPS.respond, { input: { requestId: sent, accept: true } }, u1.token);
    await steps.addMeeting(event.id, p.u1, p.guest);
    for (let i = 0; i < 4; i++)
      await steps.addMeeting(
        event.id,
        await steps.participant(event.id, 'ENTERPRISE'),
        await steps.participant(event.id, 'UNIVERSITY'),
      );
    await steps.schedule(event.id);
  });
  afterAll(() => t.close());

  it('shows each meeting with its slot, table and both sides’ names, in one batch per kind', async () => {
    const board = t.app.get(BoardService);
    const calls = {
      participants: jest.spyOn(board, 'participants'),
      parties: jest.spyOn(board, 'parties'),
      slots: jest.spyOn(board, 'slots'),
    };
    const meetings = (await steps.ok(BOARD, { id: event.id })).eventMeetings;
    expect(meetings).toHaveLength(6);
    for (const c of Object.values(calls)) expect(c).toHaveBeenCalledTimes(1);
    for (const m of meetings) {
      expect(m.slot.start).toMatch(/^\d\d:\d\d$/);
      expect(m.table.name).toMatch(/^T\d$/);
      expect(m.participants).toHaveLength(2);
    }
    const ours = meetings.find((m: { participants: { orgId: string | null }[] }) =>
      m.participants.some((x) => x.orgId === e1.orgId),
    );
    expect(ours.participants.map((x: { displayName: string }) => x.displayName)).toEqual([names.e1, names.u1]);
    const withGuest = meetings.find((m: { participants: { orgId: string | null }[] }) =>
      m.participants.some((x) => x.orgId === null),
    );
    expect(withGuest.participants[1]).toMatchObject({
      displayName: '秀洲某检测所（李娜）',
      guest: { name: '李娜', organisationName: '秀洲某检测所' },
    });
    Object.values(calls).forEach((c) => c.mockRestore());
  });

  it('names both sides of requests and suggestions', async () => {
    const own = (await steps.ok(REQUESTS, { id: event.id }, e1.token)).meetingRequests;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      from: { displayName: names.e1 },
      to: { displayName: names.u1, organization: { name: names.u1 } },
    });
    const suggestions = (await steps.ok(SUGGEST, { id: event.id })).suggestMeetings;
    // e1 and u1 already have a request; e2 ↔ u1 is suggested, with names and listings.
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        enterprise: { displayName: names.e2 },
        institute: { displayName: names.u1 },
        need: { title: 'EL图像隐裂检测' },
        achievement: { title: '组件EL隐裂自动识别算法' },
      }),
    );
  });

  it('lists participants with their listings; a confidential need is never shown beside its enterprise', async () => {
    const seenBy = async (who?: Person) => {
      const rows = (await steps.ok(PEOPLE, { id: event.id }, who?.token)).eventParticipants;
      return Object.fromEntries(rows.map((r: { id: string }) => [r.id, r]));
    };
    const byUni = await seenBy(u1);
    expect(byUni[p.e1].displayName).toBe(names.e1);
    expect(byUni[p.e1].needs.map((n: { title: string }) => n.title)).toEqual(['组件EL隐裂漏检']);
    expect(byUni[p.u1].achievements.map((a: { title: string }) => a.title)).toEqual(['组件EL隐裂自动识别算法']);
    expect(byUni[p.guest]).toMatchObject({ displayName: '秀洲某检测所（李娜）', needs: [], achievements: [] });
    const byOwner = await seenBy(e1);
    expect(byOwner[p.e1].needs.map((n: { title: string }) => n.title).sort()).toEqual(
      ['保密：新型封装胶膜', '组件EL隐裂漏检'].sort(),
    );
  });

  it('serves a personal calendar feed by secret token, without a bearer; regenerating or revoking stops the old URL', async () => {
    const REGENERATE = `mutation { regenerateCalendarToken { path createdAt } }`;
    const get = (path: string) =>
      t
        .http()
        .get(path)
        .buffer(true)
        .parse((r, cb) => {
          let body = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (body += c));
          r.on('end', () => cb(null, body));
        });
    expect(codeOf(await t.gql(REGENERATE))).toBe('UNAUTHENTICATED');
    const first = (await steps.ok(REGENERATE, {}, e1.token)).regenerateCalendarToken.path as string;
    expect(first).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // Before publication the feed has no meetings; afterwards it has e1's.
    expect((await get(first)).body).not.toContain('BEGIN:VEVENT');
    await steps.ok(OPS.publish, {
      input: { id: event.id, version: (await steps.ok(OPS.get, { id: event.id })).event.version },
    });
    const res = await get(first);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.body).toContain(`SUMMARY:对接洽谈: ${names.u1}`);
    const second = (await steps.ok(REGENERATE, {}, e1.token)).regenerateCalendarToken.path as string;
    expect((await get(first)).status).toBe(404);
    expect((await get(second)).status).toBe(200);
    expect((await steps.ok(`mutation { revokeCalendarToken }`, {}, e1.token)).revokeCalendarToken).toBe(true);
    expect((await get(second)).status).toBe(404);
    expect((await steps.ok(`{ calendarTokenIssuedAt }`, {}, e1.token)).calendarTokenIssuedAt).toBeNull();
    expect((await get('/calendar/not-a-token.ics')).status).toBe(404);
  });
});

import { codeOf, Factory, Person } from './support/factories';
import { EVENT_OPS as OPS, eventInput, EventRef, EventSteps } from './support/events';
import { ManualClock } from './support/manual-clock';
import { startApp, TestApp } from './support/test-app';

/** One small event from draft to analytics; registration rules and the schedule: events-scheduling.e2e-spec.ts. */
describe('matchmaking events (红色产学研对接会)', () => {
  let t: TestApp;
  let f: Factory;
  let coord: Person;
  let steps: EventSteps;
  const clock = new ManualClock();

  beforeAll(async () => {
    t = await startApp({}, { clock });
    f = new Factory(t);
    coord = await f.person('COORDINATOR');
    steps = new EventSteps(t, f, coord);
  });
  afterAll(() => t.close());

  describe('a small known event, from draft to analytics', () => {
    let e1: Person, e2: Person, u1: Person, u2: Person;
    let event: EventRef;
    const p: Record<string, string> = {};
    const req: Record<string, string> = {};

    beforeAll(async () => {
      e1 = await f.person('RD_LEAD');
      e2 = await f.person('RD_LEAD');
      u1 = await f.person('OFFICER');
      u2 = await f.person('OFFICER');
    });

    it('only coordinators create events; drafts are hidden; the grid and inputs are validated', async () => {
      expect(codeOf(await t.gql(OPS.create, { input: eventInput() }, u1.token))).toBe('FORBIDDEN');
      const bad = await t.gql(OPS.create, { input: eventInput({ slotMinutes: 25 }) }, coord.token);
      expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('slotMinutes');
      expect(
        codeOf(await t.gql(OPS.create, { input: eventInput({ dayStart: '10:00', dayEnd: '09:00' }) }, coord.token)),
      ).toBe('BAD_USER_INPUT');
      const achievement = await f.achievement(u1, {
        title: '组件EL隐裂自动识别算法',
        keywords: ['隐裂', 'EL检测', '组件'],
        summary: '基于深度学习的光伏组件EL图像隐裂自动识别。',
      });
      const draft = await steps.ok(OPS.create, {
        // Bare CRs in the titles must reach the ICS file escaped (a calendar would read them as line ends).
        input: eventInput({
          title: '红色产学研对接会\r光伏专场',
          breaks: [{ start: '09:30', end: '09:45' }],
          roadshows: [
            { start: '08:30', end: '08:50', speaker: '王教授', title: '隐裂识别\r算法', achievementId: achievement.id },
          ],
        }),
      });
      const created = draft.createEvent;
      expect(created.status).toBe('DRAFT');
      expect(created.slots.map((s: { start: string }) => s.start)).toEqual(['09:00', '09:15', '09:45']);
      expect(created.roadshows[0].achievement.title).toBe('组件EL隐裂自动识别算法');
      expect(codeOf(await t.gql(OPS.get, { id: created.id }, u1.token))).toBe('NOT_FOUND');
      const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id version slots { start } } }`;
      const regrid = (
        await steps.ok(UPDATE, {
          input: { id: created.id, version: created.version, slotMinutes: 20, venue: '嘉兴科技城会议中心' },
        })
      ).updateEvent;
      expect(regrid.slots.map((s: { start: string }) => s.start)).toEqual(['09:00']);
      const long = await t.gql(
        UPDATE,
        { input: { id: created.id, version: regrid.version, organisers: ['秀水科创联盟', 'x'.repeat(101)] } },
        coord.token,
      );
      expect(codeOf(long)).toBe('BAD_USER_INPUT');
      expect(long.errors?.[0].extensions?.fields?.[0].field).toMatch(/^organisers/);
      const back = (await steps.ok(UPDATE, { input: { id: created.id, version: regrid.version, slotMinutes: 15 } }))
        .updateEvent;
      expect(
        codeOf(await t.gql(UPDATE, { input: { id: created.id, version: regrid.version, title: 'x' } }, coord.token)),
      ).toBe('CONFLICT');
      Object.assign(created, { version: back.version, slots: back.slots });
      expect(
        codeOf(await t.gql(OPS.publish, { input: { id: created.id, version: created.version } }, coord.token)),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(OPS.open, { input: { id: created.id, version: created.version } }, u1.token))).toBe(
        'FORBIDDEN',
      );
      event = (await steps.ok(OPS.open, { input: { id: created.id, version: created.version } })).openEvent;
      expect(event.status).toBe('OPEN');
      expect(codeOf(await t.gql(OPS.open, { input: { id: created.id, version: created.version } }, coord.token))).toBe(
        'CONFLICT',
      );
    });

    it('participants register their own organisation only', async () => {
      for (const [key, who] of Object.entries({ e1, e2, u1, u2 })) {
        const row = (await steps.ok(OPS.register, { input: { eventId: event.id } }, who.token)).registerParticipant;
        expect(row.userIds).toEqual([who.userId]);
        p[key] = row.id;
      }
      expect(codeOf(await t.gql(OPS.register, { input: { eventId: event.id, orgId: e2.orgId } }, e1.token))).toBe(
        'FORBIDDEN',
      );
      expect(
        codeOf(await t.gql(OPS.register, { input: { eventId: event.id, unavailableSlotIds: [e1.orgId] } }, e1.token)),
      ).toBe('BAD_USER_INPUT');
    });

    it('suggests enterprise ↔ institute pairs from match scores, with reasons', async () => {
      await f.need(e1, { title: '组件EL隐裂漏检', keywords: ['隐裂', 'EL检测'] });
      await t.syncSearch();
      expect(codeOf(await t.gql(OPS.suggest, { id: event.id }, e1.token))).toBe('FORBIDDEN');
      const suggestions = (await steps.ok(OPS.suggest, { id: event.id })).suggestMeetings;
      const pair = suggestions.find(
        (s: { enterpriseParticipantId: string; instituteParticipantId: string }) =>
          s.enterpriseParticipantId === p.e1 && s.instituteParticipantId === p.u1,
      );
      expect(pair).toBeDefined();
      expect(pair.score).toBeGreaterThan(0);
      expect(pair.reasons[0]).toMatch(/需求「组件EL隐裂漏检」/);
      const FIRST = `query($id: ID!, $first: Int!) { suggestMeetings(eventId: $id, first: $first) { score } }`;
      for (const first of [0, -1, 101]) {
        const res = await t.gql(FIRST, { id: event.id, first }, coord.token);
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('first');
      }
      expect((await steps.ok(FIRST, { id: event.id, first: 1 })).suggestMeetings).toHaveLength(1);
    });

    it('requests: the addressee answers once; duplicates, strangers and expired requests are refused', async () => {
      const send = async (from: Person, to: string, extra: Record<string, unknown> = {}) =>
        (
          await steps.ok(
            OPS.send,
            { input: { eventId: event.id, toParticipantId: to, message: '想聊聊, 谢谢', ...extra } },
            from.token,
          )
        ).sendMeetingRequest.id as string;
      // The event day ends at 10:00 in Shanghai (02:00 UTC): a request may not stay open past it.
      const late = await t.gql(
        OPS.send,
        { input: { eventId: event.id, toParticipantId: p.u1, message: '', expiresAt: '2099-06-01T02:00:01Z' } },
        e1.token,
      );
      expect(codeOf(late)).toBe('BAD_USER_INPUT');
      expect(late.errors?.[0].extensions?.fields?.[0].field).toBe('expiresAt');
      req.e1u1 = await send(e1, p.u1, { expiresAt: '2099-06-01T02:00:00Z' });
      req.e2u1 = await send(e2, p.u1);
      req.e2u2 = await send(e2, p.u2);
      expect(codeOf(await t.gql(OPS.send, { input: { eventId: event.id, toParticipantId: p.e1 } }, u1.token))).toBe(
        'CONFLICT',
      );
      expect(codeOf(await t.gql(OPS.respond, { input: { requestId: req.e1u1, accept: true } }, e1.token))).toBe(
        'FORBIDDEN',
      );
      // Someone outside the request is not told it exists; the sender and coordinators are told they may not answer.
      const outsider = await t.gql(OPS.respond, { input: { requestId: req.e1u1, accept: true } }, u2.token);
      expect(codeOf(outsider)).toBe('NOT_FOUND');
      expect(outsider.errors?.[0].message).toBe('未找到该洽谈申请');
      expect(codeOf(await t.gql(OPS.respond, { input: { requestId: req.e1u1, accept: true } }, coord.token))).toBe(
        'FORBIDDEN',
      );
      expect(
        (await steps.ok(OPS.respond, { input: { requestId: req.e1u1, accept: true } }, u1.token))
          .respondToMeetingRequest.status,
      ).toBe('ACCEPTED');
      expect(codeOf(await t.gql(OPS.respond, { input: { requestId: req.e1u1, accept: false } }, u1.token))).toBe(
        'CONFLICT',
      );
      await steps.ok(OPS.respond, { input: { requestId: req.e2u1, accept: false } }, u1.token);
      await steps.ok(OPS.respond, { input: { requestId: req.e2u2, accept: true } }, u2.token);
      req.e1u2 = await steps.addMeeting(event.id, p.e1, p.u2, 0.9);
      expect(
        codeOf(
          await t.gql(OPS.add, { input: { eventId: event.id, participantA: p.e1, participantB: p.u2 } }, e1.token),
        ),
      ).toBe('FORBIDDEN');
      // An expiring request between the two universities (the only pair left without one).
      const soon = await send(u1, p.u2, { expiresAt: new Date(Date.now() + 800).toISOString() });
      await new Promise((r) => setTimeout(r, 900));
      expect(codeOf(await t.gql(OPS.respond, { input: { requestId: soon, accept: true } }, u2.token))).toBe('CONFLICT');
      const own = (await steps.ok(OPS.requests, { id: event.id }, u2.token)).meetingRequests;
      expect(own.find((r: { id: string }) => r.id === soon).status).toBe('EXPIRED');
      expect(own.map((r: { id: string }) => r.id)).not.toContain(req.e1u1);
    });

    it('schedules the accepted requests; participants see nothing until it is published', async () => {
      const result = await steps.schedule(event.id);
      expect(result).toMatchObject({ scheduled: 3, requests: 3, unscheduled: [] });
      const before = (await steps.ok(OPS.agenda, { id: event.id }, e1.token)).eventAgenda;
      expect(before).toMatchObject({ published: false, meetings: [] });
      expect(codeOf(await t.gql(OPS.agenda, { id: event.id, p: p.e2 }, e1.token))).toBe('FORBIDDEN');
      const published = (
        await steps.ok(OPS.publish, {
          input: { id: event.id, version: (await steps.ok(OPS.get, { id: event.id })).event.version },
        })
      ).publishEvent;
      expect(published.status).toBe('PUBLISHED');
      const agenda = (await steps.ok(OPS.agenda, { id: event.id }, e1.token)).eventAgenda;
      expect(agenda.published).toBe(true);
      expect(agenda.meetings).toHaveLength(2);
      expect(agenda.meetings.map((m: { counterpart: { id: string } }) => m.counterpart.id).sort()).toEqual(
        [p.u1, p.u2].sort(),
      );
      expect(agenda.roadshows[0].speaker).toBe('王教授');
    });

    it('serves the agenda as an ICS file', async () => {
      const res = await t
        .http()
        .get(`/events/${event.id}/agenda.ics`)
        .set('authorization', `Bearer ${e1.token}`)
        .buffer(true)
        .parse((r, cb) => {
          let body = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (body += c));
          r.on('end', () => cb(null, body));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const ics = res.body as string;
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
      expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n');
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
      expect(ics.match(/\r\nUID:meeting-[^\r]+@xiushui\r\n/g)).toHaveLength(2);
      expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
      expect(ics).toMatch(/\r\nDTSTART;TZID=Asia\/Shanghai:20990601T(0900|0915|0945)00\r\n/);
      expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20990601T083000');
      expect(ics).toContain('LOCATION:嘉兴科技城会议中心\\, T');
      expect(ics).toContain('\r\nX-WR-CALNAME:红色产学研对接会\\n光伏专场\r\n');
      expect(ics).toContain('\r\nSUMMARY:路演: 隐裂识别\\n算法\r\n');
      const english = await t
        .http()
        .get(`/events/${event.id}/agenda.ics`)
        .set('authorization', `Bearer ${e1.token}`)
        .set('accept-language', 'en')
        .buffer(true)
        .parse((r, cb) => {
          let body = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (body += c));
          r.on('end', () => cb(null, body));
        });
      expect(english.body).toContain('\r\nSUMMARY:Roadshow: 隐裂识别\\n算法\r\n');
      expect(english.body).toMatch(/\r\nSUMMARY:Meeting: /);
      expect((await t.http().get(`/events/${event.id}/agenda.ics`)).status).toBe(401);
      expect(
        (
          await t
            .http()
            .get(`/events/${event.id}/agenda.ics?participantId=${p.e2}`)
            .set('authorization', `Bearer ${e1.token}`)
        ).status,
      ).toBe(403);
    });

    it('records check-in, attendance and outcomes, and reports the figures; a held meeting moves the funnel', async () => {
      // e1 and u1 already agreed to talk (an ACCEPTED match request); their event meeting moves it to MEETING.
      const listing = await f.achievement(u1, { title: '硅片分选机视觉定位', keywords: ['分选', '视觉定位'] });
      const M = `id version status`;
      const asked = await t.gql(
        `mutation($input: RequestMatchInput!) { requestMatch(input: $input) { ${M} } }`,
        { input: { achievementId: listing.id, message: '想了解授权条件' } },
        e1.token,
      );
      expect(asked.errors).toBeUndefined();
      const accepted = await t.gql(
        `mutation($input: VersionedRefInput!) { acceptMatchRequest(input: $input) { ${M} } }`,
        { input: { id: asked.data?.requestMatch.id, version: asked.data?.requestMatch.version } },
        u1.token,
      );
      expect(accepted.data?.acceptMatchRequest.status).toBe('ACCEPTED');
      const meetings = await steps.meetings(event.id);
      const byRequest = new Map(meetings.map((m) => [m.requestId, m.id]));
      // 09:00 on the event day in Shanghai.
      clock.set('2099-06-01T01:00:00Z');
      await steps.ok(OPS.checkIn, { id: p.e1 });
      await steps.ok(OPS.checkIn, { id: p.u1 });
      expect(codeOf(await t.gql(OPS.checkIn, { id: p.u2 }, u2.token))).toBe('FORBIDDEN');
      const mark = (request: string, attendance: string) =>
        steps.ok(OPS.attendance, { input: { meetingId: byRequest.get(request), attendance } });
      await mark(req.e1u1, 'ATTENDED');
      await mark(req.e2u2, 'ATTENDED');
      await mark(req.e1u2, 'NO_SHOW');
      await steps.ok(
        OPS.outcome,
        { input: { meetingId: byRequest.get(req.e1u1), outcome: 'FOLLOW_UP_AGREED' } },
        e1.token,
      );
      expect(
        codeOf(
          await t.gql(OPS.outcome, { input: { meetingId: byRequest.get(req.e1u1), outcome: 'NO_FIT' } }, e2.token),
        ),
      ).toBe('FORBIDDEN');
      await steps.ok(OPS.outcome, { input: { meetingId: byRequest.get(req.e2u2), outcome: 'COOPERATION_LIKELY' } });
      await steps.ok(OPS.outcome, { input: { meetingId: byRequest.get(req.e1u2), outcome: 'DID_NOT_TAKE_PLACE' } });
      expect(codeOf(await t.gql(OPS.analytics, { id: event.id }, e1.token))).toBe('FORBIDDEN');
      const a = (await steps.ok(OPS.analytics, { id: event.id })).eventAnalytics;
      expect(a).toMatchObject({
        participants: 4,
        checkedIn: 2,
        requestsSent: 4,
        requestsAccepted: 2,
        coordinatorMeetings: 1,
        meetingsScheduled: 3,
        meetingsHeld: 2,
        meetingsPerParticipant: 1.5,
      });
      expect(a.noShowRate).toBeCloseTo(1 / 3);
      const perParticipant = Object.fromEntries(
        a.perParticipant.map((x: { participantId: string; meetings: number }) => [x.participantId, x.meetings]),
      );
      expect(perParticipant).toEqual({ [p.e1]: 2, [p.e2]: 1, [p.u1]: 1, [p.u2]: 2 });
      expect(
        Object.fromEntries(a.outcomes.map((o: { outcome: string; count: number }) => [o.outcome, o.count])),
      ).toEqual({ DID_NOT_TAKE_PLACE: 1, NO_FIT: 0, FOLLOW_UP_AGREED: 1, COOPERATION_LIKELY: 1 });
      const funnel = await t.gql(
        `query($id: ID!) { matchRequest(id: $id) { status } }`,
        { id: asked.data?.requestMatch.id },
        e1.token,
      );
      expect(funnel.data?.matchRequest.status).toBe('MEETING');
      const closed = (
        await steps.ok(OPS.close, {
          input: { id: event.id, version: (await steps.ok(OPS.get, { id: event.id })).event.version },
        })
      ).closeEvent;
      expect(closed.status).toBe('CLOSED');
      clock.set(null);
    });
  });
});

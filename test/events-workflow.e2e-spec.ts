import { codeOf, Factory } from './support/factories';
import { EVENT_OPS as OPS, eventInput, EventSteps } from './support/events';
import { startApp, TestApp } from './support/test-app';

/** The coordinator's workflow around the people: versions, cancelling, walk-ins and guests. */
describe('event workflow', () => {
  let t: TestApp;
  let f: Factory;
  let steps: EventSteps;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    steps = new EventSteps(t, f, await f.person('COORDINATOR'));
  });
  afterAll(() => t.close());

  const version = async (id: string): Promise<number> => (await steps.ok(OPS.get, { id })).event.version;

  describe('versions', () => {
    it('a coordinator who read the version is not told CONFLICT because participants registered or sent requests', async () => {
      const event = await steps.openEvent();
      const [e1, u1] = [await f.person('RD_LEAD'), await f.person('OFFICER')];
      const read = await version(event.id);
      const pe = (await steps.ok(OPS.register, { input: { eventId: event.id } }, e1.token)).registerParticipant
        .id as string;
      const pu = (await steps.ok(OPS.register, { input: { eventId: event.id } }, u1.token)).registerParticipant
        .id as string;
      const sent = (
        await steps.ok(OPS.send, { input: { eventId: event.id, toParticipantId: pu, message: '想聊聊' } }, e1.token)
      ).sendMeetingRequest.id;
      await steps.ok(OPS.respond, { input: { requestId: sent, accept: true } }, u1.token);
      const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { version venue } }`;
      const edited = (await steps.ok(UPDATE, { input: { id: event.id, version: read, venue: '秀洲区党群服务中心' } }))
        .updateEvent;
      expect(edited).toMatchObject({ version: read + 1, venue: '秀洲区党群服务中心' });

      await steps.schedule(event.id);
      const beforePublish = await version(event.id);
      // Meanwhile: another request, and a coordinator's late registration.
      const late = await steps.participant(event.id, 'UNIVERSITY');
      await steps.ok(OPS.send, { input: { eventId: event.id, toParticipantId: late, message: '' } }, e1.token);
      expect(
        codeOf(await t.gql(OPS.send, { input: { eventId: event.id, toParticipantId: pu, message: '' } }, e1.token)),
      ).toBe('CONFLICT');
      const published = (await steps.ok(OPS.publish, { input: { id: event.id, version: beforePublish } })).publishEvent;
      expect(published.status).toBe('PUBLISHED');
      expect(pe).toBeTruthy();
    });

    it('two coordinators editing the same event still meet CONFLICT', async () => {
      const event = await steps.openEvent();
      const read = await version(event.id);
      const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { version } }`;
      await steps.ok(UPDATE, { input: { id: event.id, version: read, title: '第一次修改' } });
      expect(
        codeOf(
          await t.gql(UPDATE, { input: { id: event.id, version: read, title: '第二次修改' } }, steps.coordinator.token),
        ),
      ).toBe('CONFLICT');
    });
  });

  describe('cancelling and deleting', () => {
    const CANCEL = `mutation($input: CancelEventInput!) { cancelEvent(input: $input) { id status cancelReason version } }`;
    const DELETE = `mutation($input: VersionedRefInput!) { deleteEvent(input: $input) }`;

    it('cancels from DRAFT, OPEN, SCHEDULED and PUBLISHED; nothing moves afterwards', async () => {
      const draft = (await steps.ok(OPS.create, { input: eventInput() })).createEvent;
      expect(
        (await steps.ok(CANCEL, { input: { id: draft.id, version: draft.version, reason: '' } })).cancelEvent.status,
      ).toBe('CANCELLED');
      const event = await steps.openEvent();
      const e1 = await f.person('RD_LEAD');
      const pe = (await steps.ok(OPS.register, { input: { eventId: event.id } }, e1.token)).registerParticipant
        .id as string;
      const pu = await steps.participant(event.id, 'UNIVERSITY');
      await steps.addMeeting(event.id, pe, pu);
      await steps.schedule(event.id);
      await steps.ok(OPS.publish, { input: { id: event.id, version: await version(event.id) } });
      expect(
        codeOf(
          await t.gql(CANCEL, { input: { id: event.id, version: await version(event.id), reason: 'x' } }, e1.token),
        ),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(await t.gql(CANCEL, { input: { id: event.id, version: 99, reason: 'x' } }, steps.coordinator.token)),
      ).toBe('CONFLICT');
      const cancelled = (
        await steps.ok(CANCEL, {
          input: { id: event.id, version: await version(event.id), reason: '因台风预警延期举办' },
        })
      ).cancelEvent;
      expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '因台风预警延期举办' });
      // Participants still see it (cancelled); nothing can be registered, requested or scheduled any more.
      expect((await steps.ok(OPS.get, { id: event.id }, e1.token)).event.status).toBe('CANCELLED');
      expect(
        codeOf(
          await t.gql(
            OPS.register,
            { input: { eventId: event.id, orgId: await f.org('ENTERPRISE') } },
            steps.coordinator.token,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await t.gql(OPS.schedule, { id: event.id }, steps.coordinator.token))).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await t.gql(
            CANCEL,
            { input: { id: event.id, version: cancelled.version, reason: '' } },
            steps.coordinator.token,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      const CLOSE = OPS.close;
      expect(
        codeOf(await t.gql(CLOSE, { input: { id: event.id, version: cancelled.version } }, steps.coordinator.token)),
      ).toBe('BAD_USER_INPUT');
    });

    it('deletes a DRAFT only', async () => {
      const draft = (await steps.ok(OPS.create, { input: eventInput() })).createEvent;
      expect(
        codeOf(await t.gql(DELETE, { input: { id: draft.id, version: draft.version + 1 } }, steps.coordinator.token)),
      ).toBe('CONFLICT');
      expect((await steps.ok(DELETE, { input: { id: draft.id, version: draft.version } })).deleteEvent).toBe(true);
      expect(codeOf(await t.gql(OPS.get, { id: draft.id }, steps.coordinator.token))).toBe('NOT_FOUND');
      const open = await steps.openEvent();
      const res = await t.gql(DELETE, { input: { id: open.id, version: open.version } }, steps.coordinator.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('status');
    });
  });

  describe('walk-ins and guests', () => {
    const GUEST = `mutation($input: RegisterGuestInput!) { registerGuest(input: $input) { id orgId guest { name organisationName phone email } } }`;
    const PLACES = `query($id: ID!) { meetingPlaces(requestId: $id) { slotId tableId } }`;
    const PARTICIPANTS = `query($id: ID!) { eventParticipants(eventId: $id) { id orgId guest { name organisationName phone email } } }`;

    it('coordinators register walk-ins and guests after publication and give them meetings in free seats', async () => {
      const event = await steps.openEvent({
        dayEnd: '09:45',
        tables: [
          { name: 'T1', capacity: 4 },
          { name: 'T2', capacity: 4 },
        ],
      });
      const e1 = await f.person('RD_LEAD');
      const pe = (await steps.ok(OPS.register, { input: { eventId: event.id } }, e1.token)).registerParticipant
        .id as string;
      const pu = await steps.participant(event.id, 'UNIVERSITY');
      await steps.addMeeting(event.id, pe, pu);
      await steps.schedule(event.id);
      await steps.ok(OPS.publish, { input: { id: event.id, version: await version(event.id) } });

      // After publication people no longer register themselves; coordinators still do.
      const late = await f.person('RD_LEAD');
      expect(codeOf(await t.gql(OPS.register, { input: { eventId: event.id } }, late.token))).toBe('BAD_USER_INPUT');
      const walkIn = (await steps.ok(OPS.register, { input: { eventId: event.id, orgId: late.orgId } }))
        .registerParticipant.id as string;
      const guestInput = {
        eventId: event.id,
        name: '张伟',
        organisationName: '嘉兴某光伏材料厂',
        phone: '13800001111',
      };
      expect(codeOf(await t.gql(GUEST, { input: guestInput }, e1.token))).toBe('FORBIDDEN');
      const noContact = await t.gql(GUEST, { input: { ...guestInput, phone: null } }, steps.coordinator.token);
      expect(codeOf(noContact)).toBe('BAD_USER_INPUT');
      expect(noContact.errors?.[0].extensions?.fields?.[0].field).toBe('phone');
      const badMail = await t.gql(GUEST, { input: { ...guestInput, email: 'not-mail' } }, steps.coordinator.token);
      expect(badMail.errors?.[0].extensions?.fields?.[0].field).toBe('email');
      const guest = (await steps.ok(GUEST, { input: guestInput })).registerGuest;
      expect(guest).toMatchObject({
        orgId: null,
        guest: { name: '张伟', organisationName: '嘉兴某光伏材料厂', phone: '13800001111', email: null },
      });
      // Participants see the guest's name, never their contact details.
      const seen = (await steps.ok(PARTICIPANTS, { id: event.id }, e1.token)).eventParticipants.find(
        (p: { id: string }) => p.id === guest.id,
      );
      expect(seen.guest).toEqual({ name: '张伟', organisationName: '嘉兴某光伏材料厂', phone: null, email: null });

      // A walk-in meeting with the guest, and one with the registered university: only free seats are offered.
      const withGuest = await steps.addMeeting(event.id, pe, guest.id);
      const withUni = await steps.addMeeting(event.id, walkIn, pu);
      const [booked] = await steps.meetings(event.id);
      for (const requestId of [withGuest, withUni]) {
        const places = (await steps.ok(PLACES, { id: requestId })).meetingPlaces as {
          slotId: string;
          tableId: string;
        }[];
        expect(places.length).toBeGreaterThan(0);
        // Never the booked meeting's table in its slot, and never its people's slot.
        expect(places).not.toContainEqual({ slotId: booked.slotId, tableId: booked.tableId });
        expect(places.some((x) => x.slotId === booked.slotId)).toBe(false);
        const placed = (await steps.ok(OPS.place, { input: { requestId, ...places[0] } })).placeMeeting;
        expect(placed).toMatchObject(places[0]);
      }
      expect(codeOf(await t.gql(PLACES, { id: withGuest }, e1.token))).toBe('FORBIDDEN');
      const agenda = (await steps.ok(OPS.agenda, { id: event.id }, e1.token)).eventAgenda;
      expect(agenda.meetings).toHaveLength(2);
      expect(agenda.meetings.map((m: { counterpart: { id: string } }) => m.counterpart.id)).toContain(guest.id);
    });
  });
});

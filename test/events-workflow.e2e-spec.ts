import { codeOf, Factory, Person } from './support/factories';
import { EVENT_OPS as OPS, EventSteps } from './support/events';
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
      const pe = (await steps.ok(OPS.register, { input: { eventId: event.id } }, e1.token)).registerParticipant.id as string;
      const pu = (await steps.ok(OPS.register, { input: { eventId: event.id } }, u1.token)).registerParticipant.id as string;
      const sent = (await steps.ok(OPS.send, { input: { eventId: event.id, toParticipantId: pu, message: '想聊聊' } }, e1.token)).sendMeetingRequest.id;
      await steps.ok(OPS.respond, { input: { requestId: sent, accept: true } }, u1.token);
      const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { version venue } }`;
      const edited = (await steps.ok(UPDATE, { input: { id: event.id, version: read, venue: '秀洲区党群服务中心' } })).updateEvent;
      expect(edited).toMatchObject({ version: read + 1, venue: '秀洲区党群服务中心' });

      await steps.schedule(event.id);
      const beforePublish = await version(event.id);
      // Meanwhile: another request, and a coordinator's late registration.
      const late = await steps.participant(event.id, 'UNIVERSITY');
      await steps.ok(OPS.send, { input: { eventId: event.id, toParticipantId: late, message: '' } }, e1.token);
      expect(codeOf(await t.gql(OPS.send, { input: { eventId: event.id, toParticipantId: pu, message: '' } }, e1.token))).toBe('CONFLICT');
      const published = (await steps.ok(OPS.publish, { input: { id: event.id, version: beforePublish } })).publishEvent;
      expect(published.status).toBe('PUBLISHED');
      expect(pe).toBeTruthy();
    });

    it('two coordinators editing the same event still meet CONFLICT', async () => {
      const event = await steps.openEvent();
      const read = await version(event.id);
      const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { version } }`;
      await steps.ok(UPDATE, { input: { id: event.id, version: read, title: '第一次修改' } });
      expect(codeOf(await t.gql(UPDATE, { input: { id: event.id, version: read, title: '第二次修改' } }, steps.coordinator.token))).toBe('CONFLICT');
    });
  });
});

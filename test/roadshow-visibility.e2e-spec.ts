import { eventInput, EVENT_OPS, EventSteps } from './support/events';
import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

/** Roadshows name published achievements only, and never show an achievement's id to who may not see it. */
describe('roadshow achievements', () => {
  let t: TestApp;
  let f: Factory;
  let steps: EventSteps;
  let officer: Person;
  let rd: Person;
  let coordinator: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    officer = await f.person('OFFICER');
    rd = await f.person('RD_LEAD');
    coordinator = await f.person('COORDINATOR');
    steps = new EventSteps(t, f, coordinator);
  });
  afterAll(() => t.close());

  const events = async () => Number((await t.db.read((em) => em.query(`SELECT count(*) c FROM events`)))[0].c);
  const roadshow = (achievementId: string) => ({
    start: '08:30',
    end: '08:50',
    speaker: '王教授',
    title: '路演',
    achievementId,
  });
  const ROADSHOWS = `query($id: ID!) { event(id: $id) { roadshows { achievementId achievement { id } } } }`;

  it('a draft achievement is refused on create and update, naming the roadshow, and nothing is written', async () => {
    const draft = await f.achievement(officer, {}, false);
    const before = await events();
    const created = await t.gql(
      EVENT_OPS.create,
      { input: eventInput({ roadshows: [roadshow(draft.id)] }) },
      coordinator.token,
    );
    expect(codeOf(created)).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0].extensions?.fields).toEqual([
      { field: 'roadshows.0.achievementId', message: '路演只能选择已发布的科技成果（所选成果为“草稿”）' },
    ]);
    expect(await events()).toBe(before);

    const published = await f.achievement(officer);
    const event = (await steps.ok(EVENT_OPS.create, { input: eventInput({ roadshows: [roadshow(published.id)] }) }))
      .createEvent;
    const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { version roadshows { achievementId } } }`;
    const updated = await t.gql(
      UPDATE,
      { input: { id: event.id, version: event.version, roadshows: [roadshow(published.id), roadshow(draft.id)] } },
      coordinator.token,
    );
    expect(updated.errors?.[0].extensions?.fields?.[0].field).toBe('roadshows.1.achievementId');
    expect((await steps.ok(ROADSHOWS, { id: event.id })).event.roadshows).toEqual([
      { achievementId: published.id, achievement: { id: published.id } },
    ]);
  });

  it('once the achievement leaves public view, outsiders see neither its id nor the listing; its owner and coordinators do', async () => {
    const a = await f.achievement(officer);
    const event = await steps.openEvent({ roadshows: [roadshow(a.id)] });
    expect((await t.gql(ROADSHOWS, { id: event.id }, rd.token)).data?.event.roadshows).toEqual([
      { achievementId: a.id, achievement: { id: a.id } },
    ]);
    const archived = await t.gql(
      `mutation($input: VersionedRefInput!) { archiveAchievement(input: $input) { status } }`,
      { input: { id: a.id, version: a.version } },
      officer.token,
    );
    expect(archived.data?.archiveAchievement.status).toBe('ARCHIVED');

    expect((await t.gql(ROADSHOWS, { id: event.id }, rd.token)).data?.event.roadshows).toEqual([
      { achievementId: null, achievement: null },
    ]);
    const listed = await t.gql(`{ events { id roadshows { achievementId } } }`, {}, rd.token);
    expect(listed.data?.events.find((e: { id: string }) => e.id === event.id).roadshows).toEqual([
      { achievementId: null },
    ]);
    await steps.ok(EVENT_OPS.register, { input: { eventId: event.id } }, rd.token);
    const agenda = await t.gql(
      `query($id: ID!) { eventAgenda(eventId: $id) { roadshows { achievementId achievement { id } } } }`,
      { id: event.id },
      rd.token,
    );
    expect(agenda.data?.eventAgenda.roadshows).toEqual([{ achievementId: null, achievement: null }]);

    expect((await t.gql(ROADSHOWS, { id: event.id }, officer.token)).data?.event.roadshows).toEqual([
      { achievementId: a.id, achievement: { id: a.id } },
    ]);
    expect((await steps.ok(ROADSHOWS, { id: event.id })).event.roadshows).toEqual([
      { achievementId: a.id, achievement: { id: a.id } },
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

/** Coordinators read a listing's audit trail (who changed what, when); nobody else does. */
describe('listing audit trail', () => {
  let t: TestApp;
  let f: Factory;
  let officer: Person;
  let rd: Person;
  let coordinator: Person;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    officer = await f.person('OFFICER');
    rd = await f.person('RD_LEAD');
    coordinator = await f.person('COORDINATOR');
  });
  afterAll(() => t.close());

  const TRAIL = `query($kind: ListingKind!, $id: ID!, $first: Int) {
    listingAuditTrail(kind: $kind, id: $id, first: $first) { id at action actorName changes { field from to } }
  }`;

  it('lists every change of an achievement, newest first, with the person and the fields', async () => {
    const a = await f.achievement(officer, { title: '原标题' });
    const upd = await t.gql(
      `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { version } }`,
      { input: { id: a.id, version: a.version, title: '新标题' } },
      officer.token,
    );
    expect(upd.errors).toBeUndefined();
    const res = await t.gql(TRAIL, { kind: 'ACHIEVEMENT', id: a.id }, coordinator.token);
    expect(res.errors).toBeUndefined();
    const trail = res.data?.listingAuditTrail as {
      action: string;
      actorName: string | null;
      changes: { field: string; from: string | null; to: string | null }[];
    }[];
    expect(trail.map((e) => e.action)).toEqual(['UPDATE', 'PUBLISH', 'CREATE']);
    expect(trail[0].changes).toContainEqual({
      field: 'title',
      from: JSON.stringify('原标题'),
      to: JSON.stringify('新标题'),
    });
    expect(trail[2].changes).toContainEqual({ field: 'title', from: null, to: JSON.stringify('原标题') });
    expect(trail.every((e) => typeof e.actorName === 'string' && e.actorName.length > 0)).toBe(true);
    // `first` limits the page.
    expect(
      (await t.gql(TRAIL, { kind: 'ACHIEVEMENT', id: a.id, first: 1 }, coordinator.token)).data?.listingAuditTrail,
    ).toHaveLength(1);
  });

  it("is the coordinators' alone: owners and outsiders get FORBIDDEN, unknown listings NOT_FOUND", async () => {
    const n = await f.need(rd);
    expect(
      (await t.gql(TRAIL, { kind: 'NEED', id: n.id }, coordinator.token)).data?.listingAuditTrail.length,
    ).toBeGreaterThan(0);
    expect(codeOf(await t.gql(TRAIL, { kind: 'NEED', id: n.id }, rd.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(TRAIL, { kind: 'NEED', id: n.id }, officer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(TRAIL, { kind: 'NEED', id: randomUUID() }, coordinator.token))).toBe('NOT_FOUND');
    // A need's id asked as an achievement is not found either.
    expect(codeOf(await t.gql(TRAIL, { kind: 'ACHIEVEMENT', id: n.id }, coordinator.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(TRAIL, { kind: 'NEED', id: 'not-a-uuid' }, coordinator.token))).toBe('BAD_USER_INPUT');
  });
});

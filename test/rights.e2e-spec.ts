import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

type Actor = 'ownOfficer' | 'otherOfficer' | 'ownRdLead' | 'otherRdLead' | 'coordinator' | 'admin';
const ACTORS: Actor[] = ['ownOfficer', 'otherOfficer', 'ownRdLead', 'otherRdLead', 'coordinator', 'admin'];

const V = `mutation($input: VersionedRefInput!)`;
/** Each operation runs against a fresh target owned by "own" organisations; returns the GraphQL result. */
const ACHIEVEMENT_OPS: Record<
  string,
  (t: TestApp, target: { id: string; version: number }, token: string) => Promise<unknown>
> = {
  updateAchievement: (t, a, tok) =>
    t.gql(
      `mutation($input: UpdateAchievementInput!) { updateAchievement(input: $input) { id } }`,
      { input: { id: a.id, version: a.version, title: '新标题' } },
      tok,
    ),
  archiveAchievement: (t, a, tok) =>
    t.gql(`${V} { archiveAchievement(input: $input) { id } }`, { input: { id: a.id, version: a.version } }, tok),
  renewAchievement: (t, a, tok) =>
    t.gql(
      `mutation($input: RenewAchievementInput!) { renewAchievement(input: $input) { id } }`,
      { input: { id: a.id, version: a.version } },
      tok,
    ),
};
const NEED_OPS: typeof ACHIEVEMENT_OPS = {
  updateNeed: (t, n, tok) =>
    t.gql(
      `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id } }`,
      { input: { id: n.id, version: n.version, title: '新标题' } },
      tok,
    ),
  closeNeed: (t, n, tok) =>
    t.gql(`${V} { closeNeed(input: $input) { id } }`, { input: { id: n.id, version: n.version } }, tok),
  renewNeed: (t, n, tok) =>
    t.gql(
      `mutation($input: RenewNeedInput!) { renewNeed(input: $input) { id } }`,
      { input: { id: n.id, version: n.version, deadline: '2099-01-01' } },
      tok,
    ),
};

const ACHIEVEMENT_ALLOWED: Actor[] = ['ownOfficer', 'coordinator', 'admin'];
const NEED_ALLOWED: Actor[] = ['ownRdLead', 'coordinator', 'admin'];

describe('rights matrix: role × operation × own/other organisation', () => {
  let t: TestApp;
  let f: Factory;
  const people = {} as Record<Actor, Person>;
  let uni: string;
  let ent: string;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    uni = await f.org('UNIVERSITY');
    ent = await f.org('ENTERPRISE');
    people.ownOfficer = await f.person('OFFICER', uni);
    people.otherOfficer = await f.person('OFFICER');
    people.ownRdLead = await f.person('RD_LEAD', ent);
    people.otherRdLead = await f.person('RD_LEAD');
    people.coordinator = await f.person('COORDINATOR');
    people.admin = { ...(await f.person('COORDINATOR')), token: await f.admin(), role: 'ADMIN' };
  });
  afterAll(() => t.close());

  describe.each(ACTORS)('%s', (who) => {
    it.each(Object.keys(ACHIEVEMENT_OPS))(`%s on the university's achievement`, async (op) => {
      const target = await f.achievement(people.ownOfficer);
      const res = (await ACHIEVEMENT_OPS[op](t, target, people[who].token)) as {
        errors?: { extensions?: { code?: string } }[];
      };
      if (ACHIEVEMENT_ALLOWED.includes(who)) expect(res.errors).toBeUndefined();
      else expect(codeOf(res)).toBe('FORBIDDEN');
    });

    it.each(Object.keys(NEED_OPS))(`%s on the enterprise's need`, async (op) => {
      const target = await f.need(people.ownRdLead);
      const res = (await NEED_OPS[op](t, target, people[who].token)) as {
        errors?: { extensions?: { code?: string } }[];
      };
      if (NEED_ALLOWED.includes(who)) expect(res.errors).toBeUndefined();
      else expect(codeOf(res)).toBe('FORBIDDEN');
    });

    it('createAchievement for the university', async () => {
      const res = await t.gql(
        `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { id } }`,
        { input: achievementInput(uni) },
        people[who].token,
      );
      if (ACHIEVEMENT_ALLOWED.includes(who)) expect(res.errors).toBeUndefined();
      else expect(codeOf(res)).toBe('FORBIDDEN');
    });

    it('createNeed for the enterprise', async () => {
      const res = await t.gql(
        `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id } }`,
        { input: needInput(ent) },
        people[who].token,
      );
      if (NEED_ALLOWED.includes(who)) expect(res.errors).toBeUndefined();
      else expect(codeOf(res)).toBe('FORBIDDEN');
    });

    it('createOrganization and inviteUser are for the alliance only', async () => {
      const org = await t.gql(
        `mutation { createOrganization(input: { name: "org-${who}-${Date.now()}", kind: ENTERPRISE, region: "嘉兴" }) { id } }`,
        {},
        people[who].token,
      );
      const invite = await t.gql(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
        { input: { orgId: ent, email: `${who}-${Date.now()}@x.cn`, displayName: 'x', role: 'RD_LEAD' } },
        people[who].token,
      );
      const alliance = who === 'coordinator' || who === 'admin';
      for (const res of [org, invite]) {
        if (alliance) expect(res.errors).toBeUndefined();
        else expect(codeOf(res)).toBe('FORBIDDEN');
      }
    });
  });

  it('drafts are invisible to other organisations: NOT_FOUND, not FORBIDDEN', async () => {
    const draft = await f.achievement(people.ownOfficer, {}, false);
    expect(
      codeOf(
        await t.gql(`query($id: ID!) { achievement(id: $id) { id } }`, { id: draft.id }, people.otherOfficer.token),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await t.gql(
          `${V} { publishAchievement(input: $input) { id } }`,
          { input: { id: draft.id, version: draft.version } },
          people.otherOfficer.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (
        await t.gql(
          `query($id: ID!) { achievement(id: $id) { id contact } }`,
          { id: draft.id },
          people.ownOfficer.token,
        )
      ).data?.achievement.contact,
    ).toContain('王老师');
    expect(
      (await t.gql(`query($id: ID!) { achievement(id: $id) { id } }`, { id: draft.id }, people.coordinator.token))
        .errors,
    ).toBeUndefined();
  });

  it('contacts are shown only to the owning organisation and the alliance', async () => {
    const a = await f.achievement(people.ownOfficer);
    const Q = `query($id: ID!) { achievement(id: $id) { contact } }`;
    expect((await t.gql(Q, { id: a.id }, people.ownRdLead.token)).data?.achievement.contact).toBeNull();
    expect((await t.gql(Q, { id: a.id }, people.coordinator.token)).data?.achievement.contact).toContain('王老师');
  });
});

function achievementInput(orgId: string) {
  return {
    key: `R${Math.random().toString(36).slice(2, 10)}`,
    orgId,
    title: '钙钛矿叠层电池',
    summary: '钙钛矿/晶硅叠层',
    industry: 'PHOTOVOLTAIC',
    keywords: ['钙钛矿'],
    trl: 4,
    ip: [],
    cooperationModes: ['JOINT_DEVELOPMENT'],
    askingPriceWan: null,
    team: '',
    contact: '',
  };
}

function needInput(orgId: string) {
  return {
    key: `R${Math.random().toString(36).slice(2, 10)}`,
    orgId,
    title: '储能电池热失控预警',
    description: '需要热失控早期预警',
    industry: 'ENERGY_STORAGE',
    keywords: ['热失控'],
    minTrl: 6,
    budgetWan: 100,
    cooperationModes: ['SERVICE'],
    deadline: '2099-01-01',
    confidential: false,
    contact: '',
  };
}

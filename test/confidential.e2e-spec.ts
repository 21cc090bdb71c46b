import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';

const FULL = `id key title industry keywords teaser ownerLabel confidential description minTrl budgetWan cooperationModes deadline contact version organization { id name }`;

/** Hidden fields of a confidential need must be null for outsiders on every path. */
function expectTeaser(node: Record<string, unknown>) {
  expect(node).toMatchObject({
    key: null,
    teaser: true,
    ownerLabel: '某光伏新能源企业',
    confidential: true,
    description: null,
    minTrl: null,
    budgetWan: null,
    cooperationModes: null,
    deadline: null,
    contact: null,
    version: null,
    organization: null,
  });
  expect(JSON.stringify(node)).not.toContain('机密');
}

describe('confidential needs', () => {
  let t: TestApp;
  let f: Factory;
  let owner: Person;
  let colleague: Person;
  let outsiderRd: Person;
  let officer: Person;
  let coordinator: Person;
  let secret: { id: string; key: string; version: number };
  let ownerOrgName: string;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    owner = await f.person('RD_LEAD');
    colleague = await f.person('RD_LEAD', owner.orgId);
    outsiderRd = await f.person('RD_LEAD');
    officer = await f.person('OFFICER');
    coordinator = await f.person('COORDINATOR');
    secret = await f.need(owner, {
      confidential: true,
      title: '组件隐裂检测',
      description: '机密：我司良率数据',
      budgetWan: 888,
      contact: '机密联系人',
    });
    await f.need(owner, { confidential: false, title: '公开需求' });
    ownerOrgName = (await t.gql(`{ me { organization { name } } }`, {}, owner.token)).data?.me.organization.name;
  });
  afterAll(() => t.close());

  it('by id and by key, outsiders (officer or another enterprise) see a teaser', async () => {
    for (const who of [officer, outsiderRd]) {
      const byId = await t.gql(`query($id: ID!) { need(id: $id) { ${FULL} } }`, { id: secret.id }, who.token);
      expect(byId.errors).toBeUndefined();
      expectTeaser(byId.data?.need);
      expect(byId.data?.need).toMatchObject({
        title: '组件隐裂检测',
        industry: 'PHOTOVOLTAIC',
        keywords: ['隐裂', 'EL检测'],
      });
      const byKey = await t.gql(`query($key: String!) { need(key: $key) { ${FULL} } }`, { key: secret.key }, who.token);
      expectTeaser(byKey.data?.need);
    }
  });

  it('in listings, outsiders see the teaser', async () => {
    const res = await t.gql(`{ needs(first: 100) { totalCount edges { node { ${FULL} } } } }`, {}, officer.token);
    const node = res.data?.needs.edges
      .map((e: { node: Record<string, unknown> }) => e.node)
      .find((n: { id: string }) => n.id === secret.id);
    expectTeaser(node);
  });

  it('filters on hidden fields (organisation, TRL, cooperation mode) never reveal a confidential need', async () => {
    const filters = [{ orgIds: [owner.orgId] }, { trlMin: 1 }, { cooperationModes: ['LICENSE', 'SERVICE'] }];
    for (const filter of filters) {
      const res = await t.gql(
        `query($filter: NeedFilterInput) { needs(first: 100, filter: $filter) { edges { node { id } } } }`,
        { filter },
        outsiderRd.token,
      );
      expect(res.errors).toBeUndefined();
      const ids = res.data?.needs.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).not.toContain(secret.id);
    }
    // Insiders filtering by their own organisation still find it.
    const own = await t.gql(
      `query($filter: NeedFilterInput) { needs(first: 100, filter: $filter) { edges { node { id } } } }`,
      { filter: { orgIds: [owner.orgId] } },
      colleague.token,
    );
    expect(own.data?.needs.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(secret.id);
  });

  it('the owning enterprise and the alliance see everything', async () => {
    for (const who of [owner, colleague, coordinator]) {
      const res = await t.gql(`query($id: ID!) { need(id: $id) { ${FULL} } }`, { id: secret.id }, who.token);
      expect(res.data?.need).toMatchObject({
        teaser: false,
        description: '机密：我司良率数据',
        budgetWan: 888,
        contact: '机密联系人',
        organization: { id: owner.orgId },
        ownerLabel: ownerOrgName,
      });
    }
  });

  it('outsiders cannot edit it, and the error does not leak hidden fields', async () => {
    const res = await t.gql(
      `mutation($input: UpdateNeedInput!) { updateNeed(input: $input) { id description } }`,
      { input: { id: secret.id, version: secret.version, title: 'x' } },
      outsiderRd.token,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(JSON.stringify(res)).not.toContain('机密');
  });

  it('a non-confidential need shows its owner but its contact only to insiders', async () => {
    const res = await t.gql(
      `{ needs(first: 100) { edges { node { title teaser contact ownerLabel organization { name } } } } }`,
      {},
      officer.token,
    );
    const open = res.data?.needs.edges
      .map((e: { node: Record<string, unknown> }) => e.node)
      .find((n: { title: string }) => n.title === '公开需求');
    expect(open).toMatchObject({
      teaser: false,
      contact: null,
      ownerLabel: ownerOrgName,
      organization: { name: ownerOrgName },
    });
  });

  it('the stored audit log and API never return the secret to outsiders through errors or nested fields', async () => {
    const nested = await t.gql(
      `query($id: ID!) { need(id: $id) { organization { id name } ownerLabel } }`,
      { id: secret.id },
      officer.token,
    );
    expect(nested.data?.need).toEqual({ organization: null, ownerLabel: '某光伏新能源企业' });
  });
});

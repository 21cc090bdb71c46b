import { codeOf, Factory, Person } from './support/factories';
import { DAY, matchAudit, matchCast } from './support/match-requests';
import { startApp, TestApp } from './support/test-app';
import { matchOps, ok } from './match-requests.ops';

/**
 * What the parties do: ask, propose, answer, move the stages, read lists and notices.
 * Expiry and event meeting outcomes: match-requests-expiry.e2e-spec.ts.
 */
describe('match requests: from interest to a signed contract', () => {
  let t: TestApp;
  let f: Factory;
  let ops: ReturnType<typeof matchOps>;
  let officer: Person; // the university's officers
  let officer2: Person;
  let rd: Person; // the enterprise's R&D leads
  let rd2: Person;
  let otherRd: Person;
  let otherOfficer: Person;
  let coordinator: Person;
  let achievement: { id: string };
  let need: { id: string };
  let secret: { id: string };

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    ops = matchOps(t);
    ({ officer, officer2, rd, rd2, otherRd, otherOfficer, coordinator, achievement, need, secret } =
      await matchCast(f));
  });
  afterAll(() => t.close());

  const audit = (id: string) => matchAudit(t, id);

  it('an R&D lead requests contact for a need; the university sees it without contacts and is notified', async () => {
    const mine = ok(
      await ops.request({ achievementId: achievement.id, needId: need.id, message: '希望洽谈许可' }, rd.token),
    );
    expect(mine).toMatchObject({
      status: 'REQUESTED',
      side: 'SENDER',
      direction: 'REQUEST',
      version: 1,
      contacts: null,
      enterprise: { id: rd.orgId },
    });
    expect(mine.achievement).toMatchObject({ contact: null });
    expect(new Date(mine.expiresAt).getTime() - Date.now()).toBeGreaterThan(13.9 * DAY);
    const theirs = ok(await ops.get(mine.id, officer.token));
    expect(theirs).toMatchObject({ side: 'RECEIVER', contacts: null, need: { teaser: false, contact: null } });
    for (const who of [officer, officer2]) {
      expect(
        (await ops.notifications(who.token, true)).filter((n) => n.matchRequestId === mine.id).map((n) => n.kind),
      ).toEqual(['MATCH_REQUESTED']);
    }
    expect((await ops.notifications(rd.token)).filter((n) => n.matchRequestId === mine.id)).toEqual([]);
    expect(await audit(mine.id)).toEqual([{ action: 'CREATE', actor: rd.userId }]);
  });

  it('one open request per (need or enterprise, achievement): duplicates, even concurrent ones, get CONFLICT', async () => {
    const a = await f.achievement(officer);
    const first = ok(await ops.request({ achievementId: a.id, needId: need.id, message: 'x' }, rd.token));
    expect(codeOf(await ops.request({ achievementId: a.id, needId: need.id, message: 'again' }, rd2.token))).toBe(
      'CONFLICT',
    );
    const both = await Promise.all(
      [0, 1].map(() => ops.request({ achievementId: a.id, message: 'for the enterprise' }, rd.token)),
    );
    expect(both.map((r) => (r.errors ? codeOf(r) : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    // A closed pair may be asked again.
    ok(await ops.withdraw(first, rd.token));
    ok(await ops.request({ achievementId: a.id, needId: need.id, message: 'second try' }, rd.token));
  });

  it('rights: who may create, see and move a request', async () => {
    const r = ok(await ops.request({ achievementId: achievement.id, message: 'enterprise-level' }, rd.token));
    expect(codeOf(await ops.request({ achievementId: achievement.id, message: 'x' }, officer.token))).toBe('FORBIDDEN');
    expect(codeOf(await ops.propose({ achievementId: achievement.id, needId: need.id, message: 'x' }, rd.token))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await ops.request({ achievementId: achievement.id, needId: need.id, message: 'x' }, otherRd.token)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await ops.propose({ achievementId: achievement.id, needId: need.id, message: 'x' }, otherOfficer.token)),
    ).toBe('FORBIDDEN');
    for (const outsider of [otherRd, otherOfficer]) {
      expect(codeOf(await ops.get(r.id, outsider.token))).toBe('NOT_FOUND');
      expect(codeOf(await ops.accept(r, outsider.token))).toBe('NOT_FOUND');
      expect((await ops.list(outsider.token)).totalCount).toBe(0);
    }
    expect(codeOf(await ops.accept(r, rd2.token))).toBe('FORBIDDEN'); // the sender does not answer its own request
    expect(codeOf(await ops.withdraw(r, officer.token))).toBe('FORBIDDEN'); // the receiver declines, it does not withdraw
    expect(codeOf(await ops.advance(r, { to: 'MEETING' }, coordinator.token))).toBe('BAD_USER_INPUT'); // not even coordinators skip acceptance
    expect(codeOf(await ops.close(r, '不再需要', rd.token))).toBe('FORBIDDEN'); // parties withdraw or decline; coordinators close
    const seen = (await ops.list(officer2.token)).edges.map((e) => e.node.id);
    expect(seen).toContain(r.id);
    expect((await ops.list(coordinator.token)).edges.map((e) => e.node.id)).toContain(r.id);
    const byCoordinator = ok(await ops.accept(r, coordinator.token));
    expect(byCoordinator).toMatchObject({
      status: 'ACCEPTED',
      side: 'COORDINATOR',
      contacts: { requester: { email: expect.stringMatching(/^rd_lead-/) }, responder: null },
    });
    expect(ok(await ops.close(byCoordinator, '企业战略调整', rd2.token))).toMatchObject({
      status: 'CLOSED',
      closeReason: '企业战略调整',
    });
    const unanswered = ok(
      await ops.request({ achievementId: (await f.achievement(officer)).id, message: '重复提交' }, rd.token),
    );
    expect(ok(await ops.close(unanswered, '重复提交，联盟关闭', coordinator.token))).toMatchObject({
      status: 'CLOSED',
    });
  });

  it('lists page newest first with cursors', async () => {
    const page = (after?: string) =>
      t.gql(
        `query($after: String) { matchRequests(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
        rd.token,
      );
    const all = (await ops.list(rd.token)).edges.map((e) => e.node.id);
    const first = (await page()).data?.matchRequests;
    const second = (await page(first.pageInfo.endCursor)).data?.matchRequests;
    expect(first).toMatchObject({ totalCount: all.length, pageInfo: { hasNextPage: true } });
    expect([...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(all.slice(0, 4));
  });

  it('accept → meeting → negotiating → signed → landed, versioned and audited; contacts appear only once accepted', async () => {
    const a = await f.achievement(officer, { contact: '张教授 13700000000' });
    let r = ok(await ops.request({ achievementId: a.id, needId: need.id, message: '请联系' }, rd.token));
    expect(codeOf(await ops.accept({ id: r.id, version: 2 }, officer.token))).toBe('CONFLICT');
    r = ok(await ops.accept(r, officer2.token));
    const expected = {
      achievementContact: '张教授 13700000000',
      needContact: '李工 13900000000',
      requester: { email: expect.stringMatching(/^rd_lead-/) },
      responder: { email: expect.stringMatching(/^officer-/) },
    };
    expect(r.contacts).toMatchObject(expected);
    expect(ok(await ops.get(r.id, rd.token)).contacts).toMatchObject(expected);
    expect(codeOf(await ops.accept(r, officer.token))).toBe('BAD_USER_INPUT'); // already accepted: no such move
    r = ok(await ops.advance(r, { to: 'MEETING' }, rd.token));
    r = ok(await ops.advance(r, { to: 'NEGOTIATING' }, officer.token));
    expect(codeOf(await ops.advance(r, { to: 'LANDED' }, officer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ops.advance(r, { to: 'SIGNED' }, rd.token))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await ops.advance(r, { to: 'SIGNED', contractAmountWan: 120, contractNumber: 'x'.repeat(41) }, rd.token)),
    ).toBe('BAD_USER_INPUT');
    r = ok(
      await ops.advance(r, { to: 'SIGNED', contractAmountWan: 120, contractNumber: '330411X2026000123' }, rd.token),
    );
    expect(r).toMatchObject({ status: 'SIGNED', contractAmountWan: 120, contractNumber: '330411X2026000123' });
    expect(codeOf(await ops.advance({ id: r.id, version: r.version - 1 }, { to: 'LANDED' }, rd.token))).toBe(
      'CONFLICT',
    );
    r = ok(await ops.advance(r, { to: 'LANDED' }, officer.token));
    expect(r).toMatchObject({ status: 'LANDED', version: 6 });
    expect(codeOf(await ops.close(r, 'x', rd.token))).toBe('BAD_USER_INPUT');
    expect((await audit(r.id)).map((e) => e.action)).toEqual([
      'CREATE',
      'ACCEPTED',
      'MEETING',
      'NEGOTIATING',
      'SIGNED',
      'LANDED',
    ]);
    const kinds = (await ops.notifications(rd.token)).filter((n) => n.matchRequestId === r.id).map((n) => n.kind);
    expect(kinds.sort()).toEqual(['MATCH_ACCEPTED', 'MATCH_STAGE_CHANGED', 'MATCH_STAGE_CHANGED']); // not for the moves rd made
  });

  it('declines carry a structured reason; OTHER needs a note; the sender is told', async () => {
    const r = ok(await ops.request({ achievementId: (await f.achievement(officer)).id, message: '请报价' }, rd.token));
    expect(codeOf(await ops.decline(r, { reason: 'OTHER' }, officer.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ops.decline(r, { reason: 'BORED' }, officer.token))).toBe('BAD_USER_INPUT');
    const declined = ok(await ops.decline(r, { reason: 'OTHER', note: '团队已满负荷' }, officer.token));
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declineReason: 'OTHER',
      declineNote: '团队已满负荷',
      contacts: null,
    });
    expect((await ops.notifications(rd.token, true)).find((n) => n.matchRequestId === r.id)?.kind).toBe(
      'MATCH_DECLINED',
    );
  });

  it('a proposal to a confidential need: the university sees a teaser and no enterprise until the enterprise accepts', async () => {
    const a = await f.achievement(officer);
    const p = ok(
      await ops.propose({ achievementId: a.id, needId: secret.id, message: '我校成果可解决' }, officer.token),
    );
    expect(p).toMatchObject({
      side: 'SENDER',
      direction: 'PROPOSAL',
      enterprise: null,
      enterpriseLabel: '某光伏新能源企业',
      contacts: null,
      need: { teaser: true, description: null },
    });
    expect(JSON.stringify(p)).not.toMatch(/机密描述|机密联系人|888\.25/);
    expect(
      (await ops.notifications(rd2.token, true)).some((n) => n.matchRequestId === p.id && n.kind === 'MATCH_REQUESTED'),
    ).toBe(true);
    expect(codeOf(await ops.withdraw(p, rd.token))).toBe('FORBIDDEN');
    const accepted = ok(await ops.accept(p, rd.token));
    expect(accepted.side).toBe('RECEIVER');
    const after = ok(await ops.get(p.id, officer.token));
    expect(after).toMatchObject({
      enterprise: { id: rd.orgId },
      need: { teaser: false, description: '机密描述：良率数据' },
      contacts: { needContact: '机密联系人' },
    });
  });

  it('notifications: unread filter, marking read only touches your own', async () => {
    const unread = await ops.notifications(officer.token, true);
    expect(unread.length).toBeGreaterThan(0);
    const foreign = (await ops.notifications(rd.token, true))[0].id;
    const mark = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
    expect((await t.gql(mark, { ids: [foreign] }, officer.token)).data?.markNotificationsRead).toBe(0);
    expect((await t.gql(mark, { ids: ['not-a-uuid'] }, officer.token)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await t.gql(mark, { ids: unread.map((n) => n.id) }, officer.token)).data?.markNotificationsRead).toBe(
      unread.length,
    );
    expect(await ops.notifications(officer.token, true)).toEqual([]);
    expect((await ops.notifications(rd.token, true)).map((n) => n.id)).toContain(foreign);
  });
});

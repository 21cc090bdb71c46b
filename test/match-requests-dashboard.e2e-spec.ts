import { MatchExpiryService } from '@app/matching';
import { codeOf, Factory, Person } from './support/factories';
import { startApp, TestApp } from './support/test-app';
import { matchOps, MatchView, ok } from './match-requests.ops';

const FIGURES = `total acceptanceRate medianHoursToAnswer signedAmountWan countsByStatus { status count }`;
const DASHBOARD = `query($from: String!, $to: String!) { matchDashboard(from: $from, to: $to) { from to ${FIGURES}
  byIndustry { key label ${FIGURES} } byUniversity { label ${FIGURES} } byEnterprise { label ${FIGURES} } } }`;
const JANUARY = { from: '2025-01-01', to: '2025-01-31' };

interface Figures {
  label?: string;
  total: number;
  acceptanceRate: number | null;
  medianHoursToAnswer: number | null;
  signedAmountWan: number;
  countsByStatus: { status: string; count: number }[];
}
const brief = (g: Figures) => ({
  label: g.label,
  total: g.total,
  rate: g.acceptanceRate,
  hours: g.medianHoursToAnswer,
  wan: g.signedAmountWan,
  counts: Object.fromEntries(g.countsByStatus.filter((c) => c.count > 0).map((c) => [c.status, c.count])),
});

/**
 * A known data set in January 2025 (timestamps set in the database after the moves, as time would have):
 *   r1 E1→A1(U1, PV)   accepted after 2 h, SIGNED 100万      r5 E2→A2(U2, ES)   withdrawn
 *   r2 E2→A1           declined after 6 h                    r6 U1 proposes A3 to E1's need: accepted after 10 h, SIGNED 50.5万, LANDED
 *   r3 E1→A2(U2, ES)   accepted after 4 h, MEETING, CLOSED   r7 E2→A1 again (r2 was declined): pending
 *   r4 E2→A3(U1, ES)   expired
 */
describe('match dashboard and CSV export (coordinators)', () => {
  let t: TestApp;
  let f: Factory;
  let ops: ReturnType<typeof matchOps>;
  let coordinator: Person;
  let e1: Person;
  let e2: Person;
  let u1: Person;
  const ids: string[] = [];

  const backdate = (r: MatchView, day: number, answeredAfterHours: number | null) =>
    t.db.transaction((em) =>
      em.query(
        `UPDATE match_requests SET created_at = $1::timestamptz,
           answered_at = CASE WHEN $2::float8 IS NULL THEN NULL ELSE $1::timestamptz + $2::float8 * interval '1 hour' END,
           accepted_at = CASE WHEN accepted_at IS NULL THEN NULL ELSE $1::timestamptz + $2::float8 * interval '1 hour' END
         WHERE id = $3`,
        [`2025-01-${String(day).padStart(2, '0')}T02:00:00Z`, answeredAfterHours, r.id],
      ),
    );

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    ops = matchOps(t);
    coordinator = await f.person('COORDINATOR');
    u1 = await f.person('OFFICER', await f.org('UNIVERSITY', '甲大学'));
    const u2 = await f.person('OFFICER', await f.org('UNIVERSITY', '乙研究院'));
    e1 = await f.person('RD_LEAD', await f.org('ENTERPRISE', '丙光伏'));
    e2 = await f.person('RD_LEAD', await f.org('ENTERPRISE', '丁储能'));
    const a1 = await f.achievement(u1, { industry: 'PHOTOVOLTAIC' });
    const a2 = await f.achievement(u2, { industry: 'ENERGY_STORAGE' });
    const a3 = await f.achievement(u1, { industry: 'ENERGY_STORAGE' });
    const n1 = await f.need(e1);
    const signed = { to: 'SIGNED' };

    let r1 = ok(await ops.request({ achievementId: a1.id, message: '询价, "急"\n请回复' }, e1.token));
    r1 = ok(await ops.accept(r1, u1.token));
    await backdate(r1, 3, 2);
    r1 = ok(
      await ops.advance(
        ok(await ops.advance(ok(await ops.advance(r1, { to: 'MEETING' }, e1.token)), { to: 'NEGOTIATING' }, e1.token)),
        { ...signed, contractAmountWan: 100, contractNumber: 'HT-1' },
        e1.token,
      ),
    );
    const r2 = ok(
      await ops.decline(
        ok(await ops.request({ achievementId: a1.id, message: 'r2' }, e2.token)),
        { reason: 'PRICE' },
        u1.token,
      ),
    );
    await backdate(r2, 4, 6);
    let r3 = ok(await ops.accept(ok(await ops.request({ achievementId: a2.id, message: 'r3' }, e1.token)), u2.token));
    await backdate(r3, 5, 4);
    r3 = ok(await ops.close(ok(await ops.advance(r3, { to: 'MEETING' }, e1.token)), '方向调整', u2.token));
    const r4 = ok(await ops.request({ achievementId: a3.id, message: 'r4' }, e2.token));
    await t.db.transaction((em) =>
      em.query(`UPDATE match_requests SET expires_at = now() - interval '1 minute' WHERE id = $1`, [r4.id]),
    );
    expect(await t.app.get(MatchExpiryService).expireOverdue()).toEqual({ warned: 0, expired: 1 });
    await backdate(r4, 6, null);
    const r5 = ok(
      await ops.withdraw(ok(await ops.request({ achievementId: a2.id, message: 'r5' }, e2.token)), e2.token),
    );
    await backdate(r5, 7, null);
    let r6 = ok(
      await ops.accept(
        ok(await ops.propose({ achievementId: a3.id, needId: n1.id, message: 'r6' }, u1.token)),
        e1.token,
      ),
    );
    await backdate(r6, 8, 10);
    r6 = ok(await ops.advance(ok(await ops.advance(r6, { to: 'MEETING' }, u1.token)), { to: 'NEGOTIATING' }, u1.token));
    r6 = ok(
      await ops.advance(
        ok(await ops.advance(r6, { ...signed, contractAmountWan: 50.5, contractNumber: 'HT-2' }, u1.token)),
        { to: 'LANDED' },
        e1.token,
      ),
    );
    const r7 = ok(await ops.request({ achievementId: a1.id, message: 'r7' }, e2.token));
    await backdate(r7, 9, null);
    ids.push(r1.id, r2.id, r3.id, r4.id, r5.id, r6.id, r7.id);
    // Outside the range: must not count.
    await ops.request({ achievementId: a2.id, message: 'today' }, e1.token);
  });
  afterAll(() => t.close());

  it('overall figures', async () => {
    const res = await t.gql(DASHBOARD, JANUARY, coordinator.token);
    expect(res.errors).toBeUndefined();
    expect(brief(res.data?.matchDashboard)).toEqual({
      label: undefined,
      total: 7,
      rate: 0.6,
      hours: 5,
      wan: 150.5,
      counts: { SIGNED: 1, DECLINED: 1, CLOSED: 1, EXPIRED: 1, WITHDRAWN: 1, LANDED: 1, REQUESTED: 1 },
    });
  });

  it('by industry, university and enterprise', async () => {
    const d = (await t.gql(DASHBOARD, JANUARY, coordinator.token)).data?.matchDashboard;
    expect(d.byIndustry.map(brief)).toEqual([
      {
        label: '储能',
        total: 4,
        rate: 0.6667,
        hours: 7,
        wan: 50.5,
        counts: { CLOSED: 1, EXPIRED: 1, WITHDRAWN: 1, LANDED: 1 },
      },
      {
        label: '光伏新能源',
        total: 3,
        rate: 0.5,
        hours: 4,
        wan: 100,
        counts: { SIGNED: 1, DECLINED: 1, REQUESTED: 1 },
      },
    ]);
    expect(d.byUniversity.map(brief)).toEqual([
      {
        label: '甲大学',
        total: 5,
        rate: 0.5,
        hours: 6,
        wan: 150.5,
        counts: { SIGNED: 1, DECLINED: 1, EXPIRED: 1, LANDED: 1, REQUESTED: 1 },
      },
      { label: '乙研究院', total: 2, rate: 1, hours: 4, wan: 0, counts: { CLOSED: 1, WITHDRAWN: 1 } },
    ]);
    expect(d.byEnterprise.map(brief)).toEqual([
      {
        label: '丁储能',
        total: 4,
        rate: 0,
        hours: 6,
        wan: 0,
        counts: { DECLINED: 1, EXPIRED: 1, WITHDRAWN: 1, REQUESTED: 1 },
      },
      { label: '丙光伏', total: 3, rate: 1, hours: 4, wan: 150.5, counts: { SIGNED: 1, CLOSED: 1, LANDED: 1 } },
    ]);
  });

  it('an empty range has nulls, not zeros, for rates; a reversed range is refused', async () => {
    const empty = (await t.gql(DASHBOARD, { from: '2024-01-01', to: '2024-01-31' }, coordinator.token)).data
      ?.matchDashboard;
    expect(brief(empty)).toMatchObject({ total: 0, rate: null, hours: null, wan: 0 });
    expect(codeOf(await t.gql(DASHBOARD, { from: '2025-02-01', to: '2025-01-01' }, coordinator.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(DASHBOARD, { from: '2025-1-1', to: '2025-01-31' }, coordinator.token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('the dashboard and the export are for coordinators only', async () => {
    for (const who of [e1, u1]) {
      expect(codeOf(await t.gql(DASHBOARD, JANUARY, who.token))).toBe('FORBIDDEN');
      expect(
        codeOf(await t.gql(`query { matchRequestsCsv(from: "2025-01-01", to: "2025-01-31") }`, {}, who.token)),
      ).toBe('FORBIDDEN');
      expect(
        (
          await t
            .http()
            .get('/export/match-requests.csv?from=2025-01-01&to=2025-01-31')
            .set('authorization', `Bearer ${who.token}`)
        ).status,
      ).toBe(403);
    }
    expect((await t.http().get('/export/match-requests.csv?from=2025-01-01&to=2025-01-31')).status).toBe(401);
  });

  const csvOf = async (range: { from: string; to: string }, language?: string) => {
    const req = t
      .http()
      .get(`/export/match-requests.csv?from=${range.from}&to=${range.to}`)
      .set('authorization', `Bearer ${coordinator.token}`);
    if (language) req.set('accept-language', language);
    const res = await req;
    expect(res.status).toBe(200);
    return res.text;
  };
  const dataLines = (csv: string) => csv.split('\r\n').filter((line) => /^[0-9a-f]{8}-/.test(line));

  it('CSV export: one properly quoted row per request, Chinese titles and labels, Asia/Shanghai times', async () => {
    const res = await t
      .http()
      .get('/export/match-requests.csv?from=2025-01-01&to=2025-01-31')
      .set('authorization', `Bearer ${coordinator.token}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const gql = await t.gql(`query { matchRequestsCsv(from: "2025-01-01", to: "2025-01-31") }`, {}, coordinator.token);
    expect(gql.data?.matchRequestsCsv).toBe(res.text);
    const text = res.text.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe(
      '编号,创建时间,状态,方向,行业,高校/院所,企业,成果编号,成果名称,需求编号,需求名称,留言,答复时间,婉拒原因,婉拒说明,关闭原因,合同金额（万元）,技术合同登记号',
    );
    // r1 was created at 02:00 UTC: 10:00 in Jiaxing; answered two hours later.
    expect(text).toContain(`${ids[0]},2025-01-03 10:00,合同签订,企业申请对接,光伏新能源,甲大学,丙光伏,`);
    expect(text).toContain(',"询价, ""急""\n请回复",2025-01-03 12:00,,,,100,HT-1\r\n');
    expect(dataLines(text).find((line) => line.startsWith(ids[1]))).toContain(
      ',已婉拒,企业申请对接,光伏新能源,甲大学,丁储能,',
    );
    expect(dataLines(text).find((line) => line.startsWith(ids[1]))).toContain(',2025-01-04 16:00,价格不合适,,');
    expect(dataLines(text).find((line) => line.startsWith(ids[5]))).toContain(',成果落地,高校推荐成果,储能,');
    expect(dataLines(text)).toHaveLength(7);
    expect(ids.every((id) => text.includes(id))).toBe(true);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|SIGNED|PHOTOVOLTAIC|PRICE/);
  });

  it('CSV export in English when Accept-Language prefers it, over HTTP and GraphQL alike', async () => {
    const text = (await csvOf(JANUARY, 'en-US,en;q=0.9,zh-CN;q=0.5')).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe(
      'ID,Created,Status,Direction,Industry,University,Enterprise,Achievement key,Achievement,Need key,Need,Message,Answered,Decline reason,Decline note,Close reason,Contract amount (10k CNY),Contract number',
    );
    expect(text).toContain(`${ids[0]},2025-01-03 10:00,Signed,Enterprise request,Photovoltaics,甲大学,丙光伏,`);
    expect(dataLines(text).find((line) => line.startsWith(ids[1]))).toContain(',Price,,');
    const gql = await t
      .http()
      .post('/graphql')
      .set('authorization', `Bearer ${coordinator.token}`)
      .set('accept-language', 'en')
      .send({ query: `query { matchRequestsCsv(from: "2025-01-01", to: "2025-01-31") }` });
    expect(gql.body.data.matchRequestsCsv.replace(/^\uFEFF/, '')).toBe(text);
    expect(await csvOf(JANUARY, 'zh-CN,en;q=0.8')).toBe(await csvOf(JANUARY));
  });

  it('filter days are Asia/Shanghai days', async () => {
    const r7 = ids[6];
    const move = (at: string) =>
      t.db.transaction((em) =>
        em.query(`UPDATE match_requests SET created_at = $1::timestamptz WHERE id = $2`, [at, r7]),
      );
    try {
      // 31 January 17:00 UTC is 1 February 01:00 in Jiaxing: a February request.
      await move('2025-01-31T17:00:00Z');
      expect(dataLines(await csvOf(JANUARY)).some((line) => line.startsWith(r7))).toBe(false);
      expect(
        dataLines(await csvOf({ from: '2025-02-01', to: '2025-02-01' })).find((line) => line.startsWith(r7)),
      ).toContain(',2025-02-01 01:00,');
      // 31 December 16:30 UTC is 1 January 00:30 in Jiaxing: a January request.
      await move('2024-12-31T16:30:00Z');
      expect(dataLines(await csvOf(JANUARY)).find((line) => line.startsWith(r7))).toContain(',2025-01-01 00:30,');
      expect(dataLines(await csvOf({ from: '2024-12-31', to: '2024-12-31' }))).toEqual([]);
    } finally {
      await move('2025-01-09T02:00:00Z');
    }
  });

  it('the partial unique index itself refuses a second open row for a pair, but not a closed one', async () => {
    const copy = (status: string) =>
      t.db.transaction((em) =>
        em.query(
          `INSERT INTO match_requests (direction, achievement_id, need_id, enterprise_org_id, university_org_id, requested_by, message, status, expires_at)
           SELECT direction, achievement_id, need_id, enterprise_org_id, university_org_id, requested_by, 'copy', $2, expires_at FROM match_requests WHERE id = $1`,
          [ids[6], status],
        ),
      );
    await expect(copy('REQUESTED')).rejects.toMatchObject({ code: '23505' });
    await expect(copy('DECLINED')).resolves.toBeDefined();
  });
});

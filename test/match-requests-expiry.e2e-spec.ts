import { today } from '@app/catalog';
import { MatchExpiryService } from '@app/matching';
import { EVENT_OPS, EventSteps } from './support/events';
import { codeOf, Factory, Person } from './support/factories';
import { DAY, matchAudit, matchCast } from './support/match-requests';
import { startApp, TestApp } from './support/test-app';
import { matchOps, MatchView, ok } from './match-requests.ops';

/** Moves no party makes: expiry by time, event meeting outcomes. The parties' moves: match-requests.e2e-spec.ts. */
describe('match requests: from interest to a signed contract', () => {
  let t: TestApp;
  let f: Factory;
  let ops: ReturnType<typeof matchOps>;
  let officer: Person; // the university's officers
  let officer2: Person;
  let rd: Person; // the enterprise's R&D lead
  let coordinator: Person;
  let need: { id: string };

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    ops = matchOps(t);
    ({ officer, officer2, rd, coordinator, need } = await matchCast(f));
  });
  afterAll(() => t.close());

  const audit = (id: string) => matchAudit(t, id);

  it('expiry: a warning two days before, then EXPIRED; the sweep is idempotent', async () => {
    const expiry = t.app.get(MatchExpiryService);
    const r = ok(
      await ops.request(
        { achievementId: (await f.achievement(officer)).id, needId: need.id, message: '没人回复' },
        rd.token,
      ),
    );
    const warnedAt = new Date(Date.now() + 12.5 * DAY);
    expect((await expiry.expireOverdue(warnedAt)).warned).toBeGreaterThanOrEqual(1);
    expect(await expiry.expireOverdue(warnedAt)).toEqual({ warned: 0, expired: 0 });
    const warnings = (await ops.notifications(officer2.token, true)).filter((n) => n.matchRequestId === r.id);
    expect(warnings.map((n) => n.kind).sort()).toEqual(['MATCH_EXPIRING', 'MATCH_REQUESTED']);
    expect(
      (await ops.notifications(rd.token)).some((n) => n.matchRequestId === r.id && n.kind === 'MATCH_EXPIRING'),
    ).toBe(false);
    const later = new Date(Date.now() + 14.01 * DAY);
    expect((await expiry.expireOverdue(later)).expired).toBeGreaterThanOrEqual(1);
    expect(await expiry.expireOverdue(later)).toEqual({ warned: 0, expired: 0 });
    const expired: MatchView = ok(await ops.get(r.id, rd.token));
    expect(expired).toMatchObject({ status: 'EXPIRED', version: 2, contacts: null });
    expect(codeOf(await ops.accept(expired, officer.token))).toBe('BAD_USER_INPUT');
    expect((await audit(r.id)).at(-1)).toEqual({ action: 'EXPIRED', actor: null });
    for (const who of [rd, officer])
      expect(
        (await ops.notifications(who.token)).some((n) => n.matchRequestId === r.id && n.kind === 'MATCH_EXPIRED'),
      ).toBe(true);
  });

  it('an overdue request the sweep has not reached yet is expired on the spot, not answered', async () => {
    const overdue = async () => {
      const r = ok(
        await ops.request(
          { achievementId: (await f.achievement(officer)).id, needId: need.id, message: '过期未答复' },
          rd.token,
        ),
      );
      await t.db.transaction((em) =>
        em.query(`UPDATE match_requests SET expires_at = now() - interval '1 hour' WHERE id = $1`, [r.id]),
      );
      return r;
    };
    const late = await overdue();
    const refused = await ops.accept(late, officer.token);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(
      /^该对接请求已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）因超时未答复而过期/,
    );
    expect(ok(await ops.get(late.id, rd.token))).toMatchObject({
      status: 'EXPIRED',
      version: 2,
      contacts: null,
      answeredAt: null,
    });
    expect(await audit(late.id)).toEqual([
      { action: 'CREATE', actor: rd.userId },
      { action: 'EXPIRED', actor: null },
    ]);
    for (const who of [rd, officer, officer2]) {
      expect(
        (await ops.notifications(who.token)).filter((n) => n.matchRequestId === late.id && n.kind === 'MATCH_EXPIRED'),
      ).toHaveLength(1);
    }
    // Expired once: the retry is refused by the table, the sweep finds nothing more to do for it.
    expect(codeOf(await ops.accept({ id: late.id, version: 2 }, officer.token))).toBe('BAD_USER_INPUT');
    await t.app.get(MatchExpiryService).expireOverdue();
    expect((await audit(late.id)).filter((e) => e.action === 'EXPIRED')).toHaveLength(1);
    const declined = await overdue();
    expect(codeOf(await ops.decline(declined, { reason: 'OTHER', note: '太晚了' }, officer2.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(ok(await ops.get(declined.id, officer.token))).toMatchObject({
      status: 'EXPIRED',
      declineReason: null,
      declineNote: null,
    });
  });

  describe('event meeting outcomes move the funnel', () => {
    it('FOLLOW_UP_AGREED / COOPERATION_LIKELY move ACCEPTED requests to MEETING through the table, audited and notified; NO_FIT moves nothing', async () => {
      const steps = new EventSteps(t, f, coordinator);
      const ent = await f.person('RD_LEAD');
      const uni = await f.person('OFFICER');
      const accepted = ok(
        await ops.accept(
          ok(await ops.request({ achievementId: (await f.achievement(uni)).id, message: '会上细谈' }, ent.token)),
          uni.token,
        ),
      );
      const pending = ok(
        await ops.request({ achievementId: (await f.achievement(uni)).id, message: '尚未答复' }, ent.token),
      );
      // Outcomes are recorded from the event day on: the event is today (Asia/Shanghai).
      const event = await steps.openEvent({ date: today(), registrationDeadline: today() });
      const register = async (orgId: string) =>
        (await steps.ok(EVENT_OPS.register, { input: { eventId: event.id, orgId } })).registerParticipant.id as string;
      await steps.addMeeting(event.id, await register(ent.orgId), await register(uni.orgId));
      expect((await steps.schedule(event.id)).scheduled).toBe(1);
      const version = (await steps.ok(EVENT_OPS.get, { id: event.id })).event.version;
      await steps.ok(EVENT_OPS.publish, { input: { id: event.id, version } });
      const [meeting] = await steps.meetings(event.id);
      const outcome = (value: string, who: Person) =>
        steps.ok(EVENT_OPS.outcome, { input: { meetingId: meeting.id, outcome: value } }, who.token);

      await outcome('NO_FIT', ent);
      expect(ok(await ops.get(accepted.id, ent.token))).toMatchObject({
        status: 'ACCEPTED',
        version: accepted.version,
      });
      await outcome('DID_NOT_TAKE_PLACE', ent);
      expect(ok(await ops.get(accepted.id, ent.token))).toMatchObject({
        status: 'ACCEPTED',
        version: accepted.version,
      });
      expect((await audit(accepted.id)).map((e) => e.action)).toEqual(['CREATE', 'ACCEPTED']);

      await outcome('COOPERATION_LIKELY', uni);
      expect(ok(await ops.get(accepted.id, ent.token))).toMatchObject({
        status: 'MEETING',
        version: accepted.version + 1,
      });
      expect(ok(await ops.get(pending.id, ent.token))).toMatchObject({ status: 'REQUESTED', version: pending.version }); // the table: not before acceptance
      expect((await audit(accepted.id)).at(-1)).toEqual({ action: 'MEETING', actor: uni.userId });
      const [entry] = await t.db.read((em) =>
        em.query(
          `SELECT changes FROM audit_log WHERE entity_type = 'MATCH_REQUEST' AND entity_id = $1 AND action = 'MEETING'`,
          [accepted.id],
        ),
      );
      const changes = typeof entry.changes === 'string' ? JSON.parse(entry.changes) : entry.changes;
      expect(changes).toMatchObject({ status: { from: 'ACCEPTED', to: 'MEETING' }, eventMeetingId: meeting.id });
      const stage = (who: Person) =>
        ops
          .notifications(who.token)
          .then((ns) => ns.filter((n) => n.matchRequestId === accepted.id && n.kind === 'MATCH_STAGE_CHANGED'));
      expect(await stage(ent)).toHaveLength(1); // the other side hears of it
      expect(await stage(uni)).toHaveLength(0); // not the one who recorded it

      // Recording again moves nothing further: the request is no longer ACCEPTED.
      await outcome('FOLLOW_UP_AGREED', coordinator);
      expect(ok(await ops.get(accepted.id, ent.token))).toMatchObject({
        status: 'MEETING',
        version: accepted.version + 1,
      });
    });
  });
});

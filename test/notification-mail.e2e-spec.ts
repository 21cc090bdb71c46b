import { ListingExpiryReminders } from '@app/matching';
import { MailDigests } from '@app/mail';
import { codeOf, Factory, Person } from './support/factories';
import { invitedByMail } from './support/mail-people';
import { TestSmtp } from './support/smtp';
import { startApp, TestApp } from './support/test-app';
import { matchOps, ok } from './match-requests.ops';
import { EVENT_OPS, EventSteps } from './support/events';

const PUBLIC_URL = 'https://match.xiushui.test';
const PREF = `mutation($input: SetMailPreferenceInput!) { setMailPreference(input: $input) { kind mode } }`;

describe('match-request notices by e-mail, as each person chose', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let f: Factory;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await startApp({ SMTP_URL: smtp.url, PUBLIC_URL });
    f = new Factory(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function member(orgId: string, role: 'OFFICER' | 'RD_LEAD'): Promise<Person & { email: string }> {
    const p = await invitedByMail(t, smtp, PUBLIC_URL, await f.admin(), orgId, role);
    return { token: p.token, userId: p.userId, orgId, role, email: p.email };
  }

  it('immediately, in the daily digest, or never; in-app always', async () => {
    const uni = await f.org('UNIVERSITY');
    const [now, daily, never] = [
      await member(uni, 'OFFICER'),
      await member(uni, 'OFFICER'),
      await member(uni, 'OFFICER'),
    ];
    const rd = await member(await f.org('ENTERPRISE'), 'RD_LEAD');
    expect(
      (await t.gql(PREF, { input: { kind: 'MATCH_REQUEST_RECEIVED', mode: 'DAILY_DIGEST' } }, daily.token)).errors,
    ).toBeUndefined();
    await t.gql(PREF, { input: { kind: 'MATCH_REQUEST_RECEIVED', mode: 'NEVER' } }, never.token);
    expect(codeOf(await t.gql(PREF, { input: { kind: 'PASSWORD_RESET', mode: 'NEVER' } }, never.token))).toBe(
      'BAD_USER_INPUT',
    );
    const prefs = await t.gql(`{ myMailPreferences { kind mode } }`, {}, daily.token);
    expect(prefs.data?.myMailPreferences).toHaveLength(12);
    expect(prefs.data?.myMailPreferences).toContainEqual({ kind: 'MATCH_REQUEST_RECEIVED', mode: 'DAILY_DIGEST' });

    const achievement = await f.achievement(now);
    const need = await f.need(rd);
    const ops = matchOps(t);
    const request = ok(
      await ops.request({ achievementId: achievement.id, needId: need.id, message: '希望洽谈许可' }, rd.token),
    );
    await t.drainMail();
    const received = smtp.to(now.email).filter((m) => m.subject === '新的对接请求');
    expect(received).toHaveLength(1);
    expect(received[0].text).toContain(`${PUBLIC_URL}/match-requests/${request.id}`);
    expect(received[0].text).toContain('TOPCon电池隧穿氧化层钝化工艺');
    expect(smtp.to(daily.email).filter((m) => m.subject === '新的对接请求')).toHaveLength(0);
    expect(smtp.to(never.email).filter((m) => m.subject === '新的对接请求')).toHaveLength(0);
    for (const p of [now, daily, never]) {
      expect(
        (await t.gql(`{ notifications(unreadOnly: true) { kind } }`, {}, p.token)).data?.notifications,
      ).toContainEqual({ kind: 'MATCH_REQUESTED' });
    }

    expect(await t.app.get(MailDigests).sendAll()).toBe(1);
    expect(await t.app.get(MailDigests).sendAll()).toBe(0);
    await t.drainMail();
    const digests = smtp.to(daily.email).filter((m) => /每日摘要/.test(m.subject ?? ''));
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('秀水科创联盟每日摘要（1 条）');
    expect(digests[0].html).toContain(`${PUBLIC_URL}/match-requests/${request.id}`);
    expect(smtp.to(never.email).filter((m) => /每日摘要/.test(m.subject ?? ''))).toHaveLength(0);

    // The answer reaches the requester.
    ok(await ops.accept(request, now.token));
    await t.drainMail();
    expect(smtp.to(rd.email).map((m) => m.subject)).toContain('对接请求有了答复');
  });

  it('event notices go out too: a meeting request reaches the addressee, linked to the event; NEVER keeps it in-app', async () => {
    const alliance = await f.org('ALLIANCE');
    const coordinator = await invitedByMail(t, smtp, PUBLIC_URL, await f.admin(), alliance, 'COORDINATOR');
    const steps = new EventSteps(t, f, {
      token: coordinator.token,
      userId: coordinator.userId,
      orgId: alliance,
      role: 'COORDINATOR',
    });
    const rd = await member(await f.org('ENTERPRISE'), 'RD_LEAD');
    const uni = await f.org('UNIVERSITY');
    const [officer, quiet] = [await member(uni, 'OFFICER'), await member(uni, 'OFFICER')];
    expect(
      (await t.gql(PREF, { input: { kind: 'MEETING_REQUEST_RECEIVED', mode: 'NEVER' } }, quiet.token)).errors,
    ).toBeUndefined();
    const event = await steps.openEvent({ title: '光伏专场对接会' });
    await steps.ok(EVENT_OPS.register, { input: { eventId: event.id } }, rd.token);
    const to = (await steps.ok(EVENT_OPS.register, { input: { eventId: event.id } }, officer.token)).registerParticipant
      .id as string;
    await steps.ok(
      EVENT_OPS.send,
      { input: { eventId: event.id, toParticipantId: to, message: '想聊聊EL检测' } },
      rd.token,
    );
    await t.drainMail();
    const mails = smtp.to(officer.email).filter((m) => m.subject === '新的对接会洽谈请求');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`${PUBLIC_URL}/events/${event.id}`);
    expect(mails[0].text).toContain('想聊聊EL检测');
    expect(smtp.to(quiet.email).filter((m) => m.subject === '新的对接会洽谈请求')).toHaveLength(0);
    expect(
      (await t.gql(`{ notifications(unreadOnly: true) { kind } }`, {}, quiet.token)).data?.notifications,
    ).toContainEqual({ kind: 'EVENT_MEETING_REQUESTED' });
  });

  it('owners hear 30 days before a listing ends, once', async () => {
    const uni = await f.org('UNIVERSITY');
    const officer = await member(uni, 'OFFICER');
    const enterprise = await f.org('ENTERPRISE');
    const rd = await member(enterprise, 'RD_LEAD');
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const soon = await f.achievement(officer, { title: '钙钛矿叠层电池封装', validUntil: inDays(20) });
    await f.achievement(officer, { title: '远期成果', validUntil: inDays(200) });
    const need = await f.need(rd, { title: '储能电池热失控预警', deadline: inDays(29) });
    const reminders = t.app.get(ListingExpiryReminders);
    // Two sweeps at once (as two processes would run them): each listing is claimed by one of them.
    const counts = await Promise.all([reminders.sweep(), reminders.sweep()]);
    expect(counts[0] + counts[1]).toBe(2);
    expect(await reminders.sweep()).toBe(0);
    await t.drainMail();
    const toOfficer = smtp.to(officer.email).filter((m) => m.subject === '发布内容即将到期');
    expect(toOfficer).toHaveLength(1);
    expect(toOfficer[0].text).toContain('钙钛矿叠层电池封装');
    expect(toOfficer[0].text).toContain(`${PUBLIC_URL}/achievements/${soon.id}/edit`);
    const toRd = smtp.to(rd.email).filter((m) => m.subject === '发布内容即将到期');
    expect(toRd).toHaveLength(1);
    expect(toRd[0].text).toContain(`${PUBLIC_URL}/needs/${need.id}/edit`);
    // The bell too, once per listing, linking to the form that renews it.
    const bell = async (p: Person) =>
      (
        (await t.gql(`{ notifications { kind message listingId link } }`, {}, p.token)).data?.notifications as {
          kind: string;
          message: string;
          listingId: string;
          link: string;
        }[]
      ).filter((n) => n.kind === 'LISTING_EXPIRING');
    const officerBell = await bell(officer);
    expect(officerBell).toEqual([
      {
        kind: 'LISTING_EXPIRING',
        message: expect.stringContaining('钙钛矿叠层电池封装'),
        listingId: soon.id,
        link: `/achievements/${soon.id}/edit`,
      },
    ]);
    expect(await bell(rd)).toEqual([
      {
        kind: 'LISTING_EXPIRING',
        message: expect.stringContaining('储能电池热失控预警'),
        listingId: need.id,
        link: `/needs/${need.id}/edit`,
      },
    ]);
  });

  it('an English reader gets every sentence in English: e-mail frame and notice, and the bell', async () => {
    const uni = await f.org('UNIVERSITY');
    const officer = await member(uni, 'OFFICER');
    const english = await member(await f.org('ENTERPRISE'), 'RD_LEAD');
    const chinese = await member(await f.org('ENTERPRISE'), 'RD_LEAD');
    expect(
      (
        await t.gql(
          `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
          { input: { locale: 'en-US' } },
          english.token,
        )
      ).errors,
    ).toBeUndefined();
    const achievement = await f.achievement(officer, { title: '光伏组件EL缺陷检测' });
    const ops = matchOps(t);
    // The officer proposes nothing; the two enterprises ask, the officer accepts both: each requester hears the answer.
    for (const who of [english, chinese]) {
      const r = ok(await ops.request({ achievementId: achievement.id, message: '想了解' }, who.token));
      ok(await ops.accept(r, officer.token));
    }
    await t.drainMail();
    const [en] = smtp.to(english.email).filter((m) => m.subject === 'Your match request was answered');
    expect(en).toBeDefined();
    for (const part of [en.text ?? '', en.html ?? '']) {
      expect(part).toContain('Match request accepted: “光伏组件EL缺陷检测”');
      expect(part).toMatch(/Dear /);
      for (const zh of ['对接请求已接受', '您好', '查看详情', '请勿直接回复']) expect(part).not.toContain(zh);
    }
    const [zh] = smtp.to(chinese.email).filter((m) => m.subject === '对接请求有了答复');
    expect(zh.text).toContain('对接请求已接受：「光伏组件EL缺陷检测」');
    expect(zh.text).not.toContain('Match request accepted');

    // In the app the bell speaks the language the page asks for.
    const read = async (lang: string) =>
      (
        (await t.gqlIn(lang, `{ notifications { kind message } }`, {}, english.token)).data?.notifications as {
          kind: string;
          message: string;
        }[]
      ).find((n) => n.kind === 'MATCH_ACCEPTED')?.message;
    expect(await read('en-US,en;q=0.9')).toBe(
      "Match request accepted: “光伏组件EL缺陷检测”; both sides' contacts are now visible",
    );
    expect(await read('zh-CN')).toBe('对接请求已接受：「光伏组件EL缺陷检测」，双方联系方式已可查看');

    // A listing reminder for an English officer is English too.
    expect(
      (
        await t.gql(
          `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
          { input: { locale: 'en-US' } },
          officer.token,
        )
      ).errors,
    ).toBeUndefined();
    const soon = new Date(Date.now() + 10 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    await f.achievement(officer, { title: '钙钛矿电池封装胶膜', validUntil: soon });
    expect(await t.app.get(ListingExpiryReminders).sweep()).toBeGreaterThanOrEqual(1);
    await t.drainMail();
    const [reminder] = smtp.to(officer.email).filter((m) => m.subject === 'Your listing ends in 30 days');
    expect(reminder.text).toContain(`Your achievement “钙钛矿电池封装胶膜” is taken down on ${soon}`);
    expect(reminder.text).not.toContain('到期下架');
  });
});

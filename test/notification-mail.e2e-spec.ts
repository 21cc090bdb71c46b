import { ListingExpiryReminders } from '@app/catalog';
import { MailDigests } from '@app/mail';
import { codeOf, Factory, Person } from './support/factories';
import { invitedByMail } from './support/mail-people';
import { TestSmtp } from './support/smtp';
import { startApp, TestApp } from './support/test-app';
import { matchOps, ok } from './match-requests.ops';

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
    const [now, daily, never] = [await member(uni, 'OFFICER'), await member(uni, 'OFFICER'), await member(uni, 'OFFICER')];
    const rd = await member(await f.org('ENTERPRISE'), 'RD_LEAD');
    expect((await t.gql(PREF, { input: { kind: 'MATCH_REQUEST_RECEIVED', mode: 'DAILY_DIGEST' } }, daily.token)).errors).toBeUndefined();
    await t.gql(PREF, { input: { kind: 'MATCH_REQUEST_RECEIVED', mode: 'NEVER' } }, never.token);
    expect(codeOf(await t.gql(PREF, { input: { kind: 'PASSWORD_RESET', mode: 'NEVER' } }, never.token))).toBe('BAD_USER_INPUT');
    const prefs = await t.gql(`{ myMailPreferences { kind mode } }`, {}, daily.token);
    expect(prefs.data?.myMailPreferences).toHaveLength(6);
    expect(prefs.data?.myMailPreferences).toContainEqual({ kind: 'MATCH_REQUEST_RECEIVED', mode: 'DAILY_DIGEST' });

    const achievement = await f.achievement(now);
    const need = await f.need(rd);
    const ops = matchOps(t);
    const request = ok(await ops.request({ achievementId: achievement.id, needId: need.id, message: '希望洽谈许可' }, rd.token));
    await t.drainMail();
    const received = smtp.to(now.email).filter((m) => m.subject === '新的对接请求');
    expect(received).toHaveLength(1);
    expect(received[0].text).toContain(`${PUBLIC_URL}/match-requests/${request.id}`);
    expect(received[0].text).toContain('TOPCon电池隧穿氧化层钝化工艺');
    expect(smtp.to(daily.email).filter((m) => m.subject === '新的对接请求')).toHaveLength(0);
    expect(smtp.to(never.email).filter((m) => m.subject === '新的对接请求')).toHaveLength(0);
    for (const p of [now, daily, never]) {
      expect((await t.gql(`{ notifications(unreadOnly: true) { kind } }`, {}, p.token)).data?.notifications).toContainEqual({ kind: 'MATCH_REQUESTED' });
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
    expect(await reminders.sweep()).toBe(2);
    expect(await reminders.sweep()).toBe(0);
    await t.drainMail();
    const toOfficer = smtp.to(officer.email).filter((m) => m.subject === '发布内容即将到期');
    expect(toOfficer).toHaveLength(1);
    expect(toOfficer[0].text).toContain('钙钛矿叠层电池封装');
    expect(toOfficer[0].text).toContain(`${PUBLIC_URL}/achievements/${soon.id}`);
    const toRd = smtp.to(rd.email).filter((m) => m.subject === '发布内容即将到期');
    expect(toRd).toHaveLength(1);
    expect(toRd[0].text).toContain(`${PUBLIC_URL}/needs/${need.id}`);
  });
});

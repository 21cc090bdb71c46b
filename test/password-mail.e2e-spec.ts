import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeOf, Factory } from './support/factories';
import { invitedByMail, PASSWORD } from './support/mail-people';
import { TestSmtp, tokenFromLink } from './support/smtp';
import { startApp, TestApp } from './support/test-app';

const PUBLIC_URL = 'https://match.xiushui.test';
const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REFRESH = `mutation($input: RefreshInput!) { refreshSession(input: $input) { accessToken } }`;
const ME = `{ me { id } }`;
const LOG = `query($status: MailDeliveryStatus) { mailDeliveries(status: $status) { messageId kind to subject status attempts lastError smtpResponse } }`;

/** Time passes: every waiting retry is due now. */
const retriesDue = (t: TestApp) =>
  t.db.transaction((em) => em.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'PENDING'`));

describe('password reset and change, e-mailed through the outbox to a real SMTP server', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let f: Factory;

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await startApp({ SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: 'noreply@xiushui.test' });
    f = new Factory(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const newPerson = async (role: 'OFFICER' | 'RD_LEAD') =>
    invitedByMail(
      t,
      smtp,
      PUBLIC_URL,
      await f.admin(),
      await f.org(role === 'OFFICER' ? 'UNIVERSITY' : 'ENTERPRISE'),
      role,
    );

  it('forgot password: e-mail, link, new password; the link works once and every old sign-in ends', async () => {
    const person = await newPerson('OFFICER');
    const email = person.email;
    const session = await f.login(email, PASSWORD);
    // The same answer for an unknown address, and nothing is sent to it.
    expect((await t.gql(REQUEST, { email: 'nobody-here@test.cn' })).data?.requestPasswordReset).toBe(true);
    expect((await t.gql(REQUEST, { email: email.toUpperCase() })).data?.requestPasswordReset).toBe(true);
    await t.drainMail();
    const [mail, ...more] = smtp.to(email).filter((m) => m.subject === '重置您的密码');
    expect(more).toHaveLength(0);
    expect(smtp.to('nobody-here@test.cn')).toHaveLength(0);
    expect(mail.from?.value[0]).toEqual({ name: '秀水科创联盟', address: 'noreply@xiushui.test' });
    expect(mail.subject).toBe('重置您的密码');
    expect(mail.text).toContain('30 分钟内有效');
    expect(mail.html).toContain(`href="${PUBLIC_URL}/reset-password?token=`);
    expect(mail.html).not.toMatch(/<img/i);
    expect(mail.messageId).toMatch(/@xiushui\.test>$/);
    const token = tokenFromLink(mail, `${PUBLIC_URL}/reset-password`);

    const weak = await t.gql(RESET, { input: { token, password: 'password123' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password' }] });
    expect((await t.gql(RESET, { input: { token, password: 'Neues-Kennwort-42' } })).data?.resetPassword).toBe(true);
    expect(codeOf(await t.gql(ME, {}, person.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(RESET, { input: { token, password: 'Another-Kennwort-43' } }))).toBe('BAD_USER_INPUT');
    expect((await f.login(email, 'Neues-Kennwort-42')).accessToken).toBeTruthy();

    const log = await t.gql(LOG, { status: 'SENT' }, await f.admin());
    expect(log.data?.mailDeliveries.find((d: { messageId: string }) => d.messageId === mail.messageId)).toMatchObject({
      kind: 'PASSWORD_RESET',
      to: email,
      attempts: 1,
      smtpResponse: expect.stringMatching(/^250/),
    });
    const [row] = await t.db.read((em) =>
      em.query(`SELECT text_body, html_body FROM mail_outbox WHERE message_id = $1`, [mail.messageId]),
    );
    expect(row).toEqual({ text_body: null, html_body: null });
  });

  it('a malformed address (NUL, lone surrogate, too long) is BAD_USER_INPUT naming the field, not an internal error', async () => {
    for (const email of ['a\u0000b@test.cn', 'a\ud800@test.cn', `${'a'.repeat(300)}@test.cn`, 'no-at-sign']) {
      const res = await t.gql(REQUEST, { email });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email' }] });
    }
  });

  it('one reset link used twice at once: exactly one use succeeds', async () => {
    const person = await newPerson('OFFICER');
    await t.gql(REQUEST, { email: person.email });
    await t.drainMail();
    const token = tokenFromLink(
      smtp.to(person.email).filter((m) => m.subject === '重置您的密码')[0],
      `${PUBLIC_URL}/reset-password`,
    );
    const answers = await Promise.all(
      ['Erstes-Kennwort-41', 'Zweites-Kennwort-42'].map((password) => t.gql(RESET, { input: { token, password } })),
    );
    expect(answers.map((a) => a.data?.resetPassword ?? codeOf(a)).sort()).toEqual(['BAD_USER_INPUT', true].sort());
  });

  it('an expired link is refused; English readers get English mail', async () => {
    const person = await newPerson('RD_LEAD');
    const email = person.email;
    await t.db.transaction((em) => em.query(`UPDATE users SET locale = 'en-US' WHERE id = $1`, [person.userId]));
    await t.gql(REQUEST, { email });
    await t.drainMail();
    const mail = smtp.to(email).pop() as (typeof smtp.received)[number];
    expect(mail.subject).toBe('Reset your password');
    await t.db.transaction((em) =>
      em.query(`UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        person.userId,
      ]),
    );
    const res = await t.gql(RESET, {
      input: { token: tokenFromLink(mail, `${PUBLIC_URL}/reset-password`), password: 'Neues-Kennwort-42' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
  });

  it('change password: the old one is checked, weak ones refused, other sign-ins end and this one stays', async () => {
    const person = await newPerson('OFFICER');
    const email = person.email;
    const other = await f.login(email, PASSWORD);
    const wrong = await t.gql(
      CHANGE,
      { input: { currentPassword: 'not-my-password', newPassword: 'Neues-Kennwort-42' } },
      person.token,
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'currentPassword' }],
    });
    const weak = await t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'qwertyuiop' } }, person.token);
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'newPassword' }] });
    expect(
      (await t.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'Neues-Kennwort-42' } }, person.token))
        .data?.changePassword,
    ).toBe(true);
    expect((await t.gql(ME, {}, person.token)).errors).toBeUndefined();
    expect(codeOf(await t.gql(ME, {}, other.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { input: { refreshToken: other.refreshToken } }))).toBe('UNAUTHENTICATED');
    expect((await f.login(email, 'Neues-Kennwort-42')).accessToken).toBeTruthy();
    const [audit] = await t.db.read((em) =>
      em.query(`SELECT count(*)::int AS c FROM audit_log WHERE entity_id = $1 AND action = 'PASSWORD_CHANGE'`, [
        person.userId,
      ]),
    );
    expect(audit.c).toBe(1);
  });

  it('a server that answers 4xx and then accepts gets the message exactly once', async () => {
    const person = await newPerson('OFFICER');
    const email = person.email;
    const start = smtp.dataAttempts;
    smtp.behaviour = (n) => (n === start ? { code: 451, message: 'Greylisted, try again later' } : null);
    await t.gql(REQUEST, { email });
    await t.drainMail();
    const received = smtp.to(email).length;
    const [pending] = await t.db.read((em) =>
      em.query(
        `SELECT status, attempts, last_error, next_attempt_at > now() AS waits FROM mail_outbox WHERE to_address = $1 AND kind = 'PASSWORD_RESET'`,
        [email],
      ),
    );
    expect(pending).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      waits: true,
      last_error: expect.stringContaining('451'),
    });
    await t.drainMail();
    expect(smtp.to(email)).toHaveLength(received);
    await retriesDue(t);
    await t.drainMail();
    await t.drainMail();
    expect(smtp.to(email)).toHaveLength(received + 1);
    expect(smtp.to(email).pop()?.subject).toBe('重置您的密码');
    smtp.behaviour = () => null;
  });

  it('a 5xx answer ends as FAILED in the delivery log, readable by administrators only', async () => {
    const person = await newPerson('OFFICER');
    const email = person.email;
    smtp.behaviour = () => ({ code: 550, message: 'Mailbox unavailable' });
    await t.gql(REQUEST, { email });
    await t.drainMail();
    smtp.behaviour = () => null;
    await retriesDue(t);
    await t.drainMail();
    expect(smtp.to(email).filter((m) => m.subject === '重置您的密码')).toHaveLength(0);
    const log = await t.gql(LOG, { status: 'FAILED' }, await f.admin());
    expect(
      log.data?.mailDeliveries.find((d: { to: string; kind: string }) => d.to === email && d.kind === 'PASSWORD_RESET'),
    ).toMatchObject({ status: 'FAILED', attempts: 1, lastError: expect.stringContaining('550') });
    expect(codeOf(await t.gql(LOG, {}, person.token))).toBe('FORBIDDEN');
  });

  it('connection refused is retried until the server is back', async () => {
    const person = await newPerson('OFFICER');
    const email = person.email;
    const port = smtp.port;
    await smtp.close();
    await t.gql(REQUEST, { email });
    await t.drainMail();
    const [pending] = await t.db.read((em) =>
      em.query(
        `SELECT status, attempts, last_error FROM mail_outbox WHERE to_address = $1 AND kind = 'PASSWORD_RESET'`,
        [email],
      ),
    );
    expect(pending).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      last_error: expect.stringMatching(/ECONNECTION|ECONNREFUSED/),
    });
    smtp = await TestSmtp.start(() => null, port);
    await retriesDue(t);
    await t.drainMail();
    expect(smtp.to(email).map((m) => m.subject)).toEqual(['重置您的密码']);
  });
});

describe('a process stopped after the commit', () => {
  it('leaves the e-mail in the outbox, and the next process sends it once', async () => {
    const smtp = await TestSmtp.start();
    const env: Record<string, string> = {
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      ...(process.env.DATABASE_URL ? {} : { DATA_DIR: mkdtempSync(join(tmpdir(), 'mail-')) }),
    };
    const first = await startApp(env);
    let second: TestApp | null = null;
    try {
      const firstFactory = new Factory(first);
      const person = await invitedByMail(
        first,
        smtp,
        PUBLIC_URL,
        await firstFactory.admin(),
        await firstFactory.org('UNIVERSITY'),
        'OFFICER',
      );
      const email = person.email;
      expect((await first.gql(REQUEST, { email })).data?.requestPasswordReset).toBe(true);
      await first.close();
      const resets = () => smtp.to(email).filter((m) => m.subject === '重置您的密码');
      expect(resets()).toHaveLength(0);
      second = await startApp({ ...env, KEEP_DATA: '1' });
      await second.drainMail();
      await second.drainMail();
      expect(resets()).toHaveLength(1);
      const token = tokenFromLink(resets()[0], `${PUBLIC_URL}/reset-password`);
      expect((await second.gql(RESET, { input: { token, password: 'Neues-Kennwort-42' } })).data?.resetPassword).toBe(
        true,
      );
    } finally {
      await second?.close();
      await smtp.close();
    }
  });
});

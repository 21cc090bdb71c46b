import { codeOf, Factory, RoleName } from './support/factories';
import { invitedByMail, PASSWORD } from './support/mail-people';
import { TestSmtp, tokenFromLink } from './support/smtp';
import { startApp, TestApp } from './support/test-app';

const PUBLIC_URL = 'https://match.xiushui.test';
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationToken user { id active orgAdmin } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id active } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id orgAdmin } } }`;
const REFRESH = `mutation($input: RefreshInput!) { refreshSession(input: $input) { accessToken user { orgAdmin role } } }`;
const ME = `{ me { id role orgAdmin } }`;

describe('organisation admins and invitations by e-mail', () => {
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

  /** The invitation link's token from the newest e-mail to `email`. */
  async function mailedToken(email: string): Promise<string> {
    await t.drainMail();
    const mails = smtp.to(email);
    expect(mails.length).toBeGreaterThan(0);
    return tokenFromLink(mails[mails.length - 1], `${PUBLIC_URL}/invite`);
  }

  const invited = (by: string, orgId: string, role: RoleName, orgAdmin = false) =>
    invitedByMail(t, smtp, PUBLIC_URL, by, orgId, role, orgAdmin);

  it("a coordinator invites an enterprise's admin, who invites a colleague; both accept from the e-mail link", async () => {
    const enterprise = await f.org('ENTERPRISE');
    const admin = await invited(await f.admin(), enterprise, 'RD_LEAD', true);
    const [mail] = smtp.to(admin.email);
    expect(smtp.to(admin.email)).toHaveLength(1);
    expect(mail.subject).toMatch(/^邀请您加入秀水科创联盟（/);
    expect(mail.html).toContain(`${PUBLIC_URL}/invite?token=`);
    expect((await t.gql(ME, {}, admin.token)).data?.me).toMatchObject({ role: 'RD_LEAD', orgAdmin: true });
    const colleague = await invited(admin.token, enterprise, 'RD_LEAD');
    expect((await t.gql(ME, {}, colleague.token)).data?.me.orgAdmin).toBe(false);
    // Not for other organisations, not for people without the flag, not alliance roles.
    const other = await f.org('ENTERPRISE');
    expect(
      codeOf(
        await t.gql(
          INVITE,
          { input: { orgId: other, email: 'x@org.test', displayName: 'x', role: 'RD_LEAD' } },
          admin.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          INVITE,
          { input: { orgId: enterprise, email: 'y@org.test', displayName: 'y', role: 'RD_LEAD' } },
          colleague.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          INVITE,
          { input: { orgId: enterprise, email: 'z@org.test', displayName: 'z', role: 'COORDINATOR' } },
          admin.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('resend, reissue, revoke; expired invitations are listed', async () => {
    const uni = await f.org('UNIVERSITY');
    const admin = await invited(await f.admin(), uni, 'OFFICER', true);
    const email = `pending-${Date.now()}@uni.test`;
    const inv = await t.gql(
      INVITE,
      { input: { orgId: uni, email, displayName: '待接受', role: 'OFFICER' } },
      admin.token,
    );
    const userId = inv.data?.inviteUser.user.id as string;
    const first = await mailedToken(email);
    const resent = await t.gql(
      `mutation($id: ID!) { resendInvitation(userId: $id) { user { id } } }`,
      { id: userId },
      admin.token,
    );
    expect(resent.errors).toBeUndefined();
    const second = await mailedToken(email);
    expect(second).not.toBe(first);
    expect(codeOf(await t.gql(ACCEPT, { input: { token: first, password: PASSWORD } }))).toBe('BAD_USER_INPUT');

    await t.db.transaction((em) =>
      em.query(`UPDATE users SET invitation_expires_at = now() - interval '1 day' WHERE id = $1`, [userId]),
    );
    const LIST = `query($org: ID) { invitations(orgId: $org) { user { id email } expired } }`;
    expect((await t.gql(LIST, { org: uni }, admin.token)).data?.invitations).toEqual([
      { user: { id: userId, email }, expired: true },
    ]);
    expect(codeOf(await t.gql(LIST, {}, admin.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ACCEPT, { input: { token: second, password: PASSWORD } }))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          `mutation($id: ID!) { resendInvitation(userId: $id) { user { id } } }`,
          { id: userId },
          admin.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { reissueInvitation(userId: $id) { user { id } } }`,
          { id: userId },
          admin.token,
        )
      ).errors,
    ).toBeUndefined();
    expect((await t.gql(LIST, { org: uni }, admin.token)).data?.invitations[0].expired).toBe(false);

    expect(
      (await t.gql(`mutation($id: ID!) { revokeInvitation(userId: $id) }`, { id: userId }, admin.token)).data
        ?.revokeInvitation,
    ).toBe(true);
    expect(codeOf(await t.gql(ACCEPT, { input: { token: await mailedToken(email), password: PASSWORD } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await t.gql(LIST, { org: uni }, admin.token)).data?.invitations).toEqual([]);
    expect(
      (await t.gql(INVITE, { input: { orgId: uni, email, displayName: '再次邀请', role: 'OFFICER' } }, admin.token))
        .errors,
    ).toBeUndefined();
    const actions = await t.db.read((em) =>
      em.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [userId]),
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'INVITE',
      'RESEND_INVITATION',
      'REISSUE_INVITATION',
      'REVOKE_INVITATION',
    ]);
  });

  it('an organisation admin deactivates and reactivates a colleague; sessions stop at once', async () => {
    const enterprise = await f.org('ENTERPRISE');
    const admin = await invited(await f.admin(), enterprise, 'RD_LEAD', true);
    const colleague = await invited(admin.token, enterprise, 'RD_LEAD');
    const DEACTIVATE = `mutation($id: ID!) { deactivateUser(userId: $id) { active deactivatedAt } }`;
    expect((await t.gql(DEACTIVATE, { id: colleague.userId }, admin.token)).data?.deactivateUser.active).toBe(false);
    expect(codeOf(await t.gql(ME, {}, colleague.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { input: { refreshToken: colleague.refresh } }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { input: { email: colleague.email, password: PASSWORD } })).errors?.[0].message).toBe(
      '账户已停用，请联系本单位管理员',
    );
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { reactivateUser(userId: $id) { active } }`,
          { id: colleague.userId },
          admin.token,
        )
      ).data?.reactivateUser.active,
    ).toBe(true);
    expect((await t.gql(LOGIN, { input: { email: colleague.email, password: PASSWORD } })).errors).toBeUndefined();
    // Not across organisations, not oneself.
    const stranger = await invited(await f.admin(), await f.org('ENTERPRISE'), 'RD_LEAD');
    expect(codeOf(await t.gql(DEACTIVATE, { id: stranger.userId }, admin.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(DEACTIVATE, { id: admin.userId }, admin.token))).toBe('BAD_USER_INPUT');
    const actions = await t.db.read((em) =>
      em.query(
        `SELECT action, actor_user_id FROM audit_log WHERE entity_id = $1 AND action IN ('DEACTIVATE','REACTIVATE') ORDER BY id`,
        [colleague.userId],
      ),
    );
    expect(actions).toEqual([
      { action: 'DEACTIVATE', actor_user_id: admin.userId },
      { action: 'REACTIVATE', actor_user_id: admin.userId },
    ]);
  });

  it("granting organisation admin ends the old token's rights; a refresh carries the new ones", async () => {
    const uni = await f.org('UNIVERSITY');
    const admin = await invited(await f.admin(), uni, 'OFFICER', true);
    const colleague = await invited(admin.token, uni, 'OFFICER');
    const ACCESS = `mutation($input: UpdateUserAccessInput!) { updateUserAccess(input: $input) { role orgAdmin } }`;
    expect(codeOf(await t.gql(ACCESS, { input: { userId: colleague.userId, role: 'RD_LEAD' } }, admin.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await t.gql(ACCESS, { input: { userId: colleague.userId, orgAdmin: true } }, admin.token)).data
        ?.updateUserAccess,
    ).toEqual({ role: 'OFFICER', orgAdmin: true });
    expect(codeOf(await t.gql(ME, {}, colleague.token))).toBe('UNAUTHENTICATED');
    const refreshed = await t.gql(REFRESH, { input: { refreshToken: colleague.refresh } });
    expect(refreshed.data?.refreshSession.user.orgAdmin).toBe(true);
    const res = await t.gql(
      INVITE,
      { input: { orgId: uni, email: `new-${Date.now()}@uni.test`, displayName: 'n', role: 'OFFICER' } },
      refreshed.data?.refreshSession.accessToken,
    );
    expect(res.errors).toBeUndefined();
    const [audit] = await t.db.read((em) =>
      em.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'UPDATE_ACCESS'`, [colleague.userId]),
    );
    expect(audit.changes).toEqual({ orgAdmin: { from: false, to: true } });
  });

  it('people choose the language of their e-mails', async () => {
    const uni = await f.org('UNIVERSITY');
    const person = await invited(await f.admin(), uni, 'OFFICER');
    const res = await t.gql(`mutation { updateMyProfile(input: { locale: "en-US" }) { locale } }`, {}, person.token);
    expect(res.data?.updateMyProfile.locale).toBe('en-US');
    expect(
      codeOf(await t.gql(`mutation { updateMyProfile(input: { locale: "fr-FR" }) { locale } }`, {}, person.token)),
    ).toBe('BAD_USER_INPUT');
    await t.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: person.email });
    await t.drainMail();
    expect(smtp.to(person.email).pop()?.subject).toBe('Reset your password');
  });
});

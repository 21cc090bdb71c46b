import { Factory, RoleName } from './factories';
import { TestSmtp, tokenFromLink } from './smtp';
import { TestApp } from './test-app';

export const PASSWORD = 'Str0ng-passw0rd';
let seq = 0;

export interface MailedPerson {
  email: string;
  userId: string;
  token: string;
  refresh: string;
}

/**
 * With SMTP configured, invitations go by e-mail only: invites through the API (as `by`), follows the link in the
 * message the test SMTP server received, signs in.
 */
export async function invitedByMail(
  t: TestApp,
  smtp: TestSmtp,
  publicUrl: string,
  by: string,
  orgId: string,
  role: RoleName,
  orgAdmin = false,
): Promise<MailedPerson> {
  const email = `p${++seq}-${Date.now()}@org.test`;
  const res = await t.gql(
    `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationToken user { id } } }`,
    { input: { orgId, email, displayName: `同事${seq}`, role, orgAdmin } },
    by,
  );
  if (!res.data) throw new Error(`invite failed: ${JSON.stringify(res.errors)}`);
  if (res.data.inviteUser.invitationToken !== null) throw new Error('the invitation token must only travel by e-mail');
  await t.drainMail();
  const mails = smtp.to(email);
  const token = tokenFromLink(mails[mails.length - 1], `${publicUrl}/invite`);
  const accepted = await t.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
    input: { token, password: PASSWORD },
  });
  if (!accepted.data) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
  const session = await new Factory(t).login(email, PASSWORD);
  return { email, userId: session.userId, token: session.accessToken, refresh: session.refreshToken };
}

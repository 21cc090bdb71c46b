import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSmtp } from '../../../test/support/smtp';
import { ADMIN, type Checked, launch, newSession, type Server, signIn, startServer } from './harness';

// Account journeys with real e-mail: the server sends over SMTP to a real SMTP server started here, and the
// person follows the link from the received message (as issue 13 asks), not a token read from the API.
const ORG_ADMIN = { email: 'admin@tsinghua-e2e.cn', password: 'Lab-Admin-Passw0rd!', name: '钱老师' };
const COLLEAGUE = { email: 'sun@tsinghua-e2e.cn', password: 'Sun-Lab-Passw0rd!7', name: '孙老师' };

let smtp: TestSmtp;
let server: Server;
let browser: Browser;
const sessions: Checked[] = [];

async function session(): Promise<Checked> {
  const s = await newSession(browser, server.url);
  sessions.push(s);
  return s;
}

/** The newest message to `address` whose text links to `path`, as a same-origin path with its query (waits up to 20 s). */
async function linkFromMail(address: string, path: string): Promise<string> {
  const pattern = new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_%-]+`);
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const link = smtp
      .to(address)
      .map((m) => pattern.exec(m.text ?? '')?.[0])
      .filter(Boolean)
      .pop();
    if (link) {
      const url = new URL(link);
      return url.pathname + url.search;
    }
  }
  throw new Error(`no ${path} link mailed to ${address}`);
}

beforeAll(async () => {
  smtp = await TestSmtp.start();
  [server, browser] = await Promise.all([startServer({ SMTP_URL: smtp.url, MAIL_RELAY_POLL_MS: '200' }), launch()]);
  // A university with its organisation admin, who accepts the e-mailed invitation through the API.
  const { login } = await server.gql<{ login: { accessToken: string } }>(
    'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    { i: ADMIN },
  );
  const { createOrganization } = await server.gql<{ createOrganization: { id: string } }>(
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
    { i: { name: '清华大学长三角研究院', kind: 'UNIVERSITY', region: '嘉兴市南湖区' } },
    login.accessToken,
  );
  await server.gql(
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitationToken } }',
    {
      i: {
        email: ORG_ADMIN.email,
        displayName: ORG_ADMIN.name,
        orgId: createOrganization.id,
        role: 'OFFICER',
        orgAdmin: true,
      },
    },
    login.accessToken,
  );
  const path = await linkFromMail(ORG_ADMIN.email, '/invite');
  const token = new URLSearchParams(path.split('?')[1]).get('token');
  await server.gql('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', {
    i: { token, password: ORG_ADMIN.password },
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

describe('accounts', () => {
  it('forgot password → e-mail → new password → sign in', async () => {
    const s = await session();
    const { page } = s;
    await page.goto('/login');
    await page.getByRole('link', { name: '忘记密码？' }).click();
    await page.waitForURL(/\/forgot-password/);
    await page.getByLabel('电子邮箱').fill(ORG_ADMIN.email);
    await s.check('forgot-password');
    await page.getByRole('button', { name: '发送重设链接' }).click();
    await expect.poll(() => page.getByText('邮件已发送').isVisible()).toBe(true);

    await page.goto(await linkFromMail(ORG_ADMIN.email, '/reset-password'));
    await s.check('reset-password');
    await page.getByLabel('新密码', { exact: true }).fill('Qian-New-Passw0rd!9');
    await page.getByLabel('确认新密码').fill('Qian-New-Passw0rd!9');
    await page.getByRole('button', { name: '设置新密码' }).click();
    await expect.poll(() => page.getByText('密码已重设').isVisible()).toBe(true);
    await page.getByRole('link', { name: '去登录' }).click();
    await signIn(s, ORG_ADMIN.email, 'Qian-New-Passw0rd!9', '/achievements');
    await expect.poll(() => page.getByRole('heading', { name: '我的科技成果' }).isVisible()).toBe(true);
    ORG_ADMIN.password = 'Qian-New-Passw0rd!9';
  });

  it('an organisation admin invites a colleague, who accepts from the e-mail link', async () => {
    const s = await session();
    const { page } = s;
    await signIn(s, ORG_ADMIN.email, ORG_ADMIN.password, '/members');
    await expect.poll(() => page.getByRole('heading', { name: /成员/ }).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: '邀请成员' }).click();
    await page.getByLabel('姓名').fill('孙');
    await page.getByLabel('电子邮箱').fill(COLLEAGUE.email);
    await page.getByRole('button', { name: '发送邀请邮件' }).click();
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('cell', { name: COLLEAGUE.email }).isVisible()).toBe(true);
    await s.check('members');

    const colleague = await session();
    await colleague.page.goto(await linkFromMail(COLLEAGUE.email, '/invite'));
    await colleague.page.getByLabel('您的姓名').fill(COLLEAGUE.name);
    await colleague.page.getByLabel('设置密码').fill(COLLEAGUE.password);
    await colleague.page.getByLabel('确认密码').fill(COLLEAGUE.password);
    await colleague.check('accept-invitation-email');
    await colleague.page.getByRole('button', { name: '接受邀请' }).click();
    await colleague.page.waitForURL(/\/achievements/);
    await colleague.page.goto('/account');
    await expect.poll(() => colleague.page.getByLabel('姓名').inputValue()).toBe(COLLEAGUE.name);
    await colleague.check('profile');
    await colleague.page.getByRole('group', { name: '收到对接请求' }).getByText('每日摘要').click();
    await expect.poll(() => colleague.page.getByText('已保存').first().isVisible()).toBe(true);
    await colleague.page.goto('/account/password');
    await colleague.check('change-password');

    // The colleague now appears among the members; the invitation is gone.
    await page.reload();
    await expect.poll(() => page.getByText(COLLEAGUE.name).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('没有待接受的邀请').isVisible()).toBe(true);
  });

  it('an enterprise applies; a coordinator approves it and reads the delivery log', async () => {
    const applicant = await session();
    await applicant.page.goto('/login');
    await applicant.page.getByRole('link', { name: '企业入驻申请' }).click();
    await applicant.page.getByLabel('企业名称').fill('嘉兴储能科技有限公司');
    await applicant.page.getByLabel('统一社会信用代码').fill('91330000142916567A');
    await applicant.page.getByLabel('所在地区').fill('嘉兴市秀洲区');
    await applicant.page.getByLabel('联系人', { exact: true }).fill('周经理');
    await applicant.page.getByLabel('联系人邮箱').fill('zhou@jxes-e2e.cn');
    await applicant.check('register');
    await applicant.page.getByRole('button', { name: '提交申请' }).click();
    // The server's check character rule lands on the field.
    await expect
      .poll(() => applicant.page.locator('#creditCode_help, .ant-form-item-has-error').count())
      .toBeGreaterThan(0);
    await applicant.page.getByLabel('统一社会信用代码').fill('91330000142916567N');
    await applicant.page.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => applicant.page.getByText('申请已提交').isVisible()).toBe(true);

    const s = await session();
    const { page } = s;
    await signIn(s, ADMIN.email, ADMIN.password, '/admin/registrations');
    await expect.poll(() => page.getByRole('cell', { name: '嘉兴储能科技有限公司' }).isVisible()).toBe(true);
    await s.check('registrations');
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确定|OK/ })
      .click();
    await expect.poll(() => page.getByText('没有申请').isVisible()).toBe(true);
    expect(await linkFromMail('zhou@jxes-e2e.cn', '/invite')).toContain('/invite?token=');

    await page.goto('/admin/mail');
    await expect
      .poll(() => page.getByRole('cell', { name: 'zhou@jxes-e2e.cn' }).first().isVisible(), { timeout: 20_000 })
      .toBe(true);
    await s.check('mail-log');
  });

  it('no console errors and no serious accessibility problems on any page', () => {
    expect(sessions.flatMap((s) => s.consoleErrors)).toEqual([]);
    expect(sessions.flatMap((s) => s.violations)).toEqual([]);
  });
});

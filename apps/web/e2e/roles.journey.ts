import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type Checked, choose, launch, newSession, type Server, signIn, startServer } from './harness';

const OFFICER = { email: 'officer@zju-e2e.cn', password: 'Officer-Passw0rd!', name: '李老师' };
const RD_LEAD = { email: 'rd@jxpv-e2e.cn', password: 'RdLead-Passw0rd!', name: '王工' };
const ACHIEVEMENT = '隧穿氧化层钝化接触电池工艺';
const NEED = '高效电池钝化工艺升级';

let server: Server;
let browser: Browser;
const sessions: Checked[] = [];
let universityId = '';

async function session(): Promise<Checked> {
  const s = await newSession(browser, server.url);
  sessions.push(s);
  return s;
}

/** Organisations and two people, through the API (the admin journey invites a third through the app). */
async function seed(): Promise<void> {
  const { login } = await server.gql<{ login: { accessToken: string } }>(
    'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    { i: ADMIN },
  );
  const token = login.accessToken;
  const org = async (name: string, kind: string) =>
    (
      await server.gql<{ createOrganization: { id: string } }>(
        'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
        { i: { name, kind, region: '嘉兴市' } },
        token,
      )
    ).createOrganization.id;
  universityId = await org('浙江清华长三角研究院', 'UNIVERSITY');
  const enterpriseId = await org('嘉兴光伏科技有限公司', 'ENTERPRISE');
  for (const [person, orgId, role] of [
    [OFFICER, universityId, 'OFFICER'],
    [RD_LEAD, enterpriseId, 'RD_LEAD'],
  ] as const) {
    const { inviteUser } = await server.gql<{ inviteUser: { invitationToken: string } }>(
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitationToken } }',
      { i: { email: person.email, displayName: person.name, orgId, role } },
      token,
    );
    await server.gql('mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }', {
      i: { token: inviteUser.invitationToken, password: person.password },
    });
  }
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  await seed();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('journeys by role', () => {
  it('officer posts, edits and publishes an achievement, then finds it in search', async () => {
    const s = await session();
    const { page } = s;
    await signIn(s, OFFICER.email, OFFICER.password, '/achievements');
    await expect.poll(() => page.getByRole('heading', { name: '我的科技成果' }).isVisible()).toBe(true);
    await s.check('achievements-list');
    await page.getByRole('link', { name: '发布成果' }).click();
    await page.getByLabel('成果名称').fill('钝化接触电池工艺');
    await page
      .getByLabel('成果简介')
      .fill('隧穿氧化层钝化接触（TOPCon）电池量产工艺，钝化效果好，电池效率 25.8%，可在现有 PERC 产线改造升级。');
    await choose(page, '所属产业', '光伏新能源');
    await choose(page, '技术成熟度（TRL）', 'TRL 7');
    const keywords = page.getByLabel('关键词');
    for (const k of ['钝化', 'TOPCon', '电池效率']) {
      await keywords.fill(k);
      await keywords.press('Enter');
    }
    await page.getByLabel('技术转让').check();
    await page.getByLabel('合作开发').check();
    await page.getByRole('button', { name: '添加知识产权' }).click();
    await page.getByLabel('第 1 项编号').fill('ZL202310000001.0');
    await page.getByLabel('联系方式').fill('李老师 0573-82580000');
    await s.check('achievement-form');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/achievements\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('草稿').first().isVisible()).toBe(true);
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByLabel('成果名称').fill(ACHIEVEMENT);
    await page.getByRole('button', { name: '保存并发布' }).click();
    await page.waitForURL(/\/achievements\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { name: ACHIEVEMENT }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('已发布').first().isVisible()).toBe(true);
    await s.check('achievement-detail');
    await page.goto('/search');
    await page.getByRole('searchbox', { name: '搜索关键词' }).fill('隧穿氧化层');
    await expect
      .poll(async () => page.getByTestId('search-results').innerText(), { timeout: 20_000 })
      .toContain(ACHIEVEMENT);
    await expect(page.locator('mark.hit').first()).toBeDefined();
    // The organisation-type facet: a university's achievement is counted and kept under 高校院所.
    const orgKinds = page.getByRole('group', { name: '机构类型' });
    // Clicked, not check(): the box is checked once the address carries the filter and the page renders it.
    await orgKinds.getByRole('checkbox', { name: /^高校院所 \(\d+\)$/ }).click();
    await page.waitForURL(/orgKind=UNIVERSITY/);
    await expect.poll(() => orgKinds.getByRole('checkbox', { name: /^高校院所/ }).isChecked()).toBe(true);
    await expect
      .poll(async () => page.getByTestId('search-results').innerText(), { timeout: 20_000 })
      .toContain(ACHIEVEMENT);
    await s.check('search');
  });

  let requestUrl = '';
  it('R&D lead posts a confidential need, checks the preview, finds matches and requests one', async () => {
    const s = await session();
    const { page } = s;
    await signIn(s, RD_LEAD.email, RD_LEAD.password, '/needs/new');
    await page.getByLabel('需求名称').fill(NEED);
    await page
      .getByLabel('需求描述')
      .fill('现有 PERC 产线电池效率偏低，希望引入隧穿氧化层钝化接触工艺，提升电池效率到 25% 以上。');
    await choose(page, '所属产业', '光伏新能源');
    const keywords = page.getByLabel('关键词');
    for (const k of ['钝化', 'TOPCon']) {
      await keywords.fill(k);
      await keywords.press('Enter');
    }
    await page.getByLabel('技术转让').check();
    await page.getByLabel('联系方式').fill('王工 13800000000');
    await expect.poll(() => page.getByTestId('teaser-owner').innerText()).toBe('嘉兴光伏科技有限公司');
    await page.getByRole('switch', { name: '保密需求' }).click();
    await expect.poll(() => page.getByTestId('teaser-owner').innerText()).toBe('某光伏新能源企业');
    expect(await page.getByTestId('teaser-preview').innerText()).not.toContain('PERC 产线');
    await s.check('need-form');
    await page.getByRole('button', { name: '保存并发布' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText(ACHIEVEMENT).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByText('技术内容').first().isVisible()).toBe(true);
    await s.check('need-matches');
    await page.getByRole('button', { name: '申请对接' }).first().click();
    await page.getByLabel('留言').fill('希望洽谈技术转让，年内完成一条产线改造。');
    await page.getByRole('button', { name: '发送' }).click();
    await page.waitForURL(/\/match-requests\/[0-9a-f-]{36}$/);
    requestUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.getByText('待答复').first().isVisible()).toBe(true);
    await s.check('match-request');
  });

  it('officer accepts from the inbox; both sides see contacts', async () => {
    const s = await session();
    const { page } = s;
    await signIn(s, OFFICER.email, OFFICER.password, '/match-requests');
    await expect.poll(() => page.getByRole('link', { name: ACHIEVEMENT }).isVisible()).toBe(true);
    await s.check('match-requests-inbox');
    await page.getByTestId('notification-bell').click();
    await expect.poll(() => page.locator('.ant-popover').innerText()).not.toBe('');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: ACHIEVEMENT }).click();
    await page.getByRole('button', { name: /接\s*受/ }).click();
    await expect.poll(() => page.getByTestId('contacts').innerText()).toContain('王工 13800000000');
    await page.getByRole('button', { name: /推进到/ }).click();
    await expect.poll(() => page.getByText('洽谈会面').first().isVisible()).toBe(true);
    await s.check('match-request-accepted');

    const lead = await session();
    await signIn(lead, RD_LEAD.email, RD_LEAD.password, requestUrl);
    await expect.poll(() => lead.page.getByTestId('contacts').innerText()).toContain('李老师 0573-82580000');
  });

  it('admin invites a user who accepts and signs in', async () => {
    const s = await session();
    const { page } = s;
    await signIn(s, ADMIN.email, ADMIN.password, '/admin/organizations');
    await expect.poll(() => page.getByRole('link', { name: '浙江清华长三角研究院' }).isVisible()).toBe(true);
    await s.check('organizations');
    await page.getByRole('link', { name: '浙江清华长三角研究院' }).click();
    await page.getByRole('button', { name: '邀请成员' }).click();
    await page.getByLabel('姓名').fill('赵老师');
    await page.getByLabel('电子邮箱').fill('zhao@zju-e2e.cn');
    await choose(page, '角色', '成果转化专员');
    await page.getByRole('button', { name: '发送邀请邮件' }).click();
    const link = (await page.getByTestId('invite-link').innerText()).trim();
    expect(link).toContain('/invite?token=');
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    await s.check('organization-users');

    const invitee = await session();
    await invitee.page.goto(new URL(link).pathname + new URL(link).search);
    await invitee.page.getByLabel('设置密码').fill('Zhao-Passw0rd!');
    await invitee.page.getByLabel('确认密码').fill('Zhao-Passw0rd!');
    await invitee.check('accept-invitation');
    await invitee.page.getByRole('button', { name: '接受邀请' }).click();
    // Accepting signs the person in and opens the home page.
    await invitee.page.waitForURL(/\/achievements/);
    await expect.poll(() => invitee.page.getByRole('heading', { name: '我的科技成果' }).isVisible()).toBe(true);
    await invitee.page.getByRole('button', { name: /账号/ }).click();
    await invitee.page.getByText('退出登录').click();
    await invitee.page.waitForURL(/\/login/);
  });

  it('coordinator reads the dashboard, the search index, downloads the CSV and adds a vocabulary group', async () => {
    const s = await session();
    const { page } = s;
    await signIn(s, ADMIN.email, ADMIN.password, '/admin/dashboard');
    await expect.poll(() => page.locator('[role="img"] svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await s.check('dashboard');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^match-requests-.*\.csv$/);
    await page.goto('/admin/search-index');
    await expect.poll(() => page.getByText('检索引擎').isVisible()).toBe(true);
    await s.check('search-index');
    // The vocabulary page: a group added through the form is listed as the alliance's own.
    await page.goto('/admin/vocabulary');
    await expect.poll(() => page.getByRole('heading', { name: '词表维护' }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/系统词表 · [a-z-.]+\.txt:\d+/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await s.check('vocabulary');
    await page.getByRole('button', { name: '新增词组' }).click();
    const terms = page.getByRole('dialog').getByLabel('词语', { exact: true });
    for (const term of ['瓶料', '再生涤纶']) {
      await terms.fill(term);
      await terms.press('Enter');
    }
    await page.getByRole('dialog').getByLabel('相关词').check();
    await s.check('vocabulary-form');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^保\s?存$/ })
      .click(); // antd spaces two-character labels
    // Saving re-analyses the listings that hold a new dictionary term, then the list is read again.
    await expect
      .poll(() => page.getByRole('button', { name: '编辑词组：瓶料、再生涤纶' }).isVisible(), { timeout: 20_000 })
      .toBe(true);
    await choose(page, '来源', '联盟自建');
    await expect.poll(() => page.getByRole('button', { name: '编辑词组：瓶料、再生涤纶' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('cell', { name: '相关词' }).isVisible()).toBe(true);
    // The audit trail of a listing, from its detail page.
    await page.goto('/achievements');
    await page.getByRole('link', { name: ACHIEVEMENT }).first().click();
    await page.getByRole('link', { name: '修改记录' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '发布' }).first().isVisible()).toBe(true);
    await s.check('audit-trail');
  });

  it('a deep link survives sign-in, and the login page passes axe', async () => {
    const s = await session();
    await s.page.goto('/search?q=%E9%92%9D%E5%8C%96');
    await s.page.waitForURL(/\/login\?next=/);
    await s.check('login');
    await signIn(s, RD_LEAD.email, RD_LEAD.password, '/search?q=%E9%92%9D%E5%8C%96');
    expect(new URL(s.page.url()).pathname).toBe('/search');
    expect(new URL(s.page.url()).searchParams.get('q')).toBe('钝化');
  });

  it('no page logged a console error and axe found no serious or critical violation', () => {
    expect(sessions.flatMap((s) => s.consoleErrors)).toEqual([]);
    expect(sessions.flatMap((s) => s.violations)).toEqual([]);
  });
});

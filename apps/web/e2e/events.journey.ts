import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type Checked, choose, launch, newSession, type Server, SHOTS, signIn, startServer } from './harness';
import {
  ENTERPRISES,
  eventIdFromUrl,
  imagePixels,
  INSTITUTES,
  type Person,
  seedEventPeople,
  toast,
  y4mOf,
} from './events.support';

/** The event journeys of issue 12: a coordinator runs an event from draft to analytics; participants book and attend. */
let server: Server;
let browser: Browser;
let admin = '';
const sessions: Checked[] = [];
let people: Person[] = [];
let achievementIds: string[] = [];
const TODAY = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const TITLE = '2026 秀水红色产学研对接会（光伏储能专场）';

async function session(): Promise<Checked> {
  const s = await newSession(browser, server.url);
  sessions.push(s);
  return s;
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}, token = admin): Promise<T> {
  return server.gql<T>(query, variables, token);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  ({ admin, people, achievementIds } = await seedEventPeople(server));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('event journeys', () => {
  let eventId = '';
  /** The first enterprise's agenda QR code: its pixels and the text it holds. */
  let qr: { data: Uint8ClampedArray; width: number; height: number } | null = null;
  let qrText = '';

  it('coordinator creates an event with 3 tables, previews the grid and opens it', async () => {
    const s = await session();
    await signIn(s, ADMIN.email, ADMIN.password, '/events');
    await s.page.getByRole('link', { name: '新建对接会' }).click();
    await s.page.getByLabel('活动名称').fill(TITLE);
    await s.page.getByLabel('主办/协办单位').fill('秀水科创联盟');
    await s.page.keyboard.press('Enter');
    await s.page.getByLabel('地点').fill('嘉兴科技城会议中心');
    await s.page.getByLabel('活动日期').fill(TODAY);
    await s.page.getByLabel('报名截止日期').fill(TODAY);
    await s.page.getByRole('button', { name: '批量添加' }).click();
    // 09:00–12:00, 20-minute slots, a break 10:20–10:40: 8 slots × 3 tables
    await s.page.getByText('共 8 场 × 3 桌，最多 24 场洽谈').waitFor();
    await s.check('event-form');
    await s.page.getByRole('button', { name: '创建草稿' }).click();
    eventId = await eventIdFromUrl(s);
    await s.page.getByRole('button', { name: '开放报名' }).click();
    await toast(s, '已开放报名');
    await s.page.getByText('报名中').first().waitFor();
  });

  it('registers 6 organisations, accepts the suggestions in bulk and schedules', async () => {
    const s = sessions[0];
    for (const [i, name] of [...ENTERPRISES, ...INSTITUTES].entries()) {
      await s.page.getByRole('button', { name: '登记单位' }).click();
      await s.page.getByRole('dialog').waitFor();
      await choose(s.page, '单位', name);
      await s.page.getByLabel('参会人员').waitFor();
      await s.page.getByRole('button', { name: '提交报名' }).click();
      try {
        await s.page.getByText(`共 ${i + 1} 家`).waitFor();
        // The dialog fades out; the next one must not be confused with it.
        await s.page.getByRole('dialog').waitFor({ state: 'hidden' });
      } catch (e) {
        await s.page.screenshot({ path: '/tmp/events-journey-register.png' });
        throw e;
      }
    }
    await s.page.getByText('共 6 家').waitFor();
    await s.page.getByRole('searchbox').fill('嘉兴');
    await s.page.getByText('共 3 家').waitFor();
    await s.check('event-registrations');
    await s.page.getByRole('tab', { name: '洽谈申请与推荐' }).click();
    // the matching engine indexes the listings a moment after they are written
    for (let i = 0; i < 20 && (await s.page.getByRole('button', { name: /^接受$/ }).count()) === 0; i++) {
      await s.page.waitForTimeout(1000);
      await s.page.reload();
      await s.page.getByRole('tab', { name: '洽谈申请与推荐' }).click();
    }
    await s.page.getByRole('button', { name: '全部接受' }).click();
    await toast(s, /已接受 \d+ 个推荐/);
    await s.page.getByText('已有申请').first().waitFor();
    await s.check('event-requests');
    await s.page.getByRole('button', { name: '自动排程' }).click();
    await toast(s, '排程完成');
  });

  it('moves a meeting on the board with the keyboard, locks it, re-runs and compares', async () => {
    const s = sessions[0];
    await s.page.goto(`/events/${eventId}/board`);
    const grid = s.page.getByRole('grid', { name: '洽谈日程：场次 × 洽谈桌' });
    await grid.waitFor();
    const meeting = grid.locator('td.has-meeting').first();
    const before = await meeting.getAttribute('aria-label');
    await meeting.focus();
    await s.page.keyboard.press('Enter');
    const dialog = s.page.getByRole('dialog');
    await dialog.getByText(/共有 \d+ 个空位可用/).waitFor();
    // a free place: the slot select marks slots with room, the table select marks free tables
    await choose(s.page, '场次', /有空位/);
    await choose(s.page, '洽谈桌', /空闲/);
    await dialog.getByRole('button', { name: '移动' }).click();
    await toast(s, '洽谈已移动');
    // the cell it left is empty now
    await expect.poll(() => grid.locator(`td[aria-label="${before}"]`).count()).toBe(0);
    await s.page.keyboard.press('Escape');
    // The dialog fades out; opening it again before it is gone would reuse the closing one.
    await dialog.waitFor({ state: 'hidden' });
    // lock the first meeting through the same dialog
    await grid.locator('td.has-meeting').first().press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '锁定' }).click();
    await toast(s, '已锁定');
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await grid.locator('td.is-locked').first().waitFor();
    const locked = await grid.locator('td.is-locked').first().getAttribute('aria-label');
    // drag and drop: a meeting dropped on a slot where one of its sides already meets someone is refused, with why
    const refused = await grid.evaluate((table) => {
      const rows = [...table.querySelectorAll('tbody tr')];
      for (const row of rows) {
        const cells = [...row.querySelectorAll('td')];
        const busy = cells.filter((c) => c.classList.contains('has-meeting'));
        const empty = cells.find((c) => !c.classList.contains('has-meeting'));
        if (busy.length && empty) {
          const names = (busy[0].querySelector('.board-side') as HTMLElement).innerText;
          for (const other of rows) {
            if (other === row) continue;
            const mover = [...other.querySelectorAll('td.has-meeting:not(.is-locked)')].find((c) =>
              (c as HTMLElement).innerText.includes(names),
            );
            if (mover) return { from: mover.getAttribute('data-cell'), to: empty.getAttribute('data-cell') };
          }
        }
      }
      return null;
    });
    expect(refused).not.toBeNull();
    await grid
      .locator(`td[data-cell="${refused?.from}"] .board-meeting`)
      .dragTo(grid.locator(`td[data-cell="${refused?.to}"]`));
    await toast(s, /未能调整：该洽谈的一方在这个时段已有其他洽谈/);
    await s.check('event-board');
    await s.page.getByRole('button', { name: '重新排程' }).click();
    await s.page.locator('.ant-popconfirm').getByRole('button', { name: '重新排程' }).click();
    await toast(s, /排程完成/);
    await s.page
      .getByText(/与上一版相比有 \d+ 处变化|日程没有变化/)
      .first()
      .waitFor();
    await s.page.getByText('总表').click();
    expect(await grid.locator('td.is-locked').first().getAttribute('aria-label')).toBe(locked);
  });

  it('publishes, opens a participant agenda with its QR code, prints and downloads the PDF', async () => {
    const s = sessions[0];
    await s.page.goto(`/events/${eventId}`);
    await s.page.getByRole('button', { name: '发布日程' }).click();
    await s.page.locator('.ant-popconfirm').getByRole('button', { name: '发布日程' }).click();
    await toast(s, '日程已发布');
    const { eventParticipants } = await gql<{ eventParticipants: { id: string; displayName: string }[] }>(
      'query($e: ID!) { eventParticipants(eventId: $e) { id displayName } }',
      { e: eventId },
    );
    const p = eventParticipants.find((x) => x.displayName === ENTERPRISES[0]);
    await s.page.goto(`/events/${eventId}/agenda?participant=${p?.id}`);
    await s.page.getByRole('img', { name: `${ENTERPRISES[0]} 的签到二维码` }).waitFor();
    qr = await imagePixels(s.page, `${ENTERPRISES[0]} 的签到二维码`);
    qrText = jsQR(qr.data, qr.width, qr.height)?.data ?? '';
    expect(qrText).toBe(`${server.url}/events/${eventId}/check-in?participant=${p?.id}`);
    await s.check('event-agenda');
    await s.page.emulateMedia({ media: 'print' });
    await s.page.setViewportSize({ width: 794, height: 1123 });
    await s.page.screenshot({ path: join(SHOTS, 'event-agenda-printed.png'), fullPage: true });
    await s.page.emulateMedia({ media: 'screen' });
    await s.page.setViewportSize({ width: 1280, height: 800 });
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    const pdf = readFileSync((await download.path()) as string);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(300_000);
    await s.page.goto(`/events/${eventId}/print`);
    await s.page.getByRole('tab', { name: '桌卡' }).click();
    await s.check('event-print');
  });

  it('opens a participant from the QR code entered by hand; checks in by search, records the day, reads analytics', async () => {
    const s = sessions[0];
    // The first enterprise already agreed to talk with each institute (ACCEPTED match requests): a good meeting moves one on.
    for (const [k, achievementId] of achievementIds.entries()) {
      const { requestMatch } = await gql<{ requestMatch: { id: string; version: number } }>(
        'mutation($i: RequestMatchInput!) { requestMatch(input: $i) { id version } }',
        { i: { achievementId, message: '会前已沟通' } },
        people[0].token,
      );
      await gql(
        'mutation($i: VersionedRefInput!) { acceptMatchRequest(input: $i) { id } }',
        { i: { id: requestMatch.id, version: requestMatch.version } },
        people[ENTERPRISES.length + k].token,
      );
    }
    await s.page.goto(`/events/${eventId}/check-in`);
    // Without a camera: the code read off the agenda goes into the search box (typed, or by a handheld scanner).
    await s.page.getByRole('searchbox').fill(qrText);
    await s.page.locator('.ant-card-head-title').getByText(ENTERPRISES[0], { exact: true }).waitFor();
    expect(await s.page.getByRole('searchbox').inputValue()).toBe('');
    await s.page.getByRole('button', { name: '返回列表' }).click();
    await s.page.getByRole('searchbox').fill('光伏组件');
    await s.page.getByRole('button', { name: `为 ${ENTERPRISES[0]} 签到` }).click();
    await toast(s, '签到成功');
    await s.page.getByRole('button', { name: `洽谈记录：${ENTERPRISES[0]}` }).click();
    const first = s.page.locator('.ant-card .ant-list-item').first();
    await first.getByText('已到场').click();
    await toast(s, '已记录');
    await first.getByText('约定跟进').click();
    await s.page
      .locator('.ant-message')
      .getByText('已记录')
      .nth(1)
      .waitFor()
      .catch(() => undefined);
    // What was agreed goes with the outcome.
    await first.getByLabel('洽谈备注').fill('约定两周内到企业现场看样机');
    await first.getByRole('button', { name: '保存备注' }).click();
    await expect
      .poll(async () =>
        (
          await gql<{ eventMeetings: { outcomeNote: string | null }[] }>(
            'query($e: ID!) { eventMeetings(eventId: $e) { outcomeNote } }',
            { e: eventId },
          )
        ).eventMeetings.map((m) => m.outcomeNote),
      )
      .toContain('约定两周内到企业现场看样机');
    await s.page.reload();
    await expect
      .poll(async () => s.page.getByLabel('洽谈备注').first().inputValue())
      .toBe('约定两周内到企业现场看样机');
    await s.page.waitForTimeout(500);
    await s.check('event-check-in');
    await s.page.goto(`/events/${eventId}/analytics`);
    await s.page.getByRole('img', { name: '洽谈结果' }).waitFor();
    const held = s.page.locator('.ant-statistic').filter({ hasText: '实际洽谈' });
    expect(Number(await held.locator('.ant-statistic-content-value').innerText())).toBeGreaterThanOrEqual(1);
    // The meeting rated 约定跟进 moved the two organisations' accepted match request on to 洽谈会面.
    const advanced = s.page.locator('.ant-statistic').filter({ hasText: '因本次对接会推进的对接' });
    expect(await advanced.locator('.ant-statistic-content-value').innerText()).toBe('1');
    await s.page.getByRole('img', { name: '因本次对接会推进的对接（按推进到的阶段）' }).waitFor();
    await s.check('event-analytics');
  });

  it('reads the agenda QR code with the camera (Chromium’s fake camera shows the printed code)', async () => {
    expect(qr).not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'xiushui-camera-'));
    const video = join(dir, 'agenda-qr.y4m');
    writeFileSync(video, y4mOf(qr as NonNullable<typeof qr>));
    const camera = await launch([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const s = await newSession(camera, server.url);
      sessions.push(s);
      await s.context.grantPermissions(['camera'], { origin: server.url });
      await signIn(s, ADMIN.email, ADMIN.password, `/events/${eventId}/check-in`);
      await s.page.getByRole('button', { name: '扫码签到' }).click();
      await s.page
        .locator('.ant-card-head-title')
        .getByText(ENTERPRISES[0], { exact: true })
        .waitFor({ timeout: 30_000 });
      expect(new URL(s.page.url()).searchParams.get('participant')).toBe(
        new URL(qrText).searchParams.get('participant'),
      );
      await s.context.close();
    } finally {
      await camera.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('participant registers, sends a request; the other side accepts; agenda after publication; ICS', async () => {
    const { createEvent } = await gql<{ createEvent: { id: string; version: number } }>(
      'mutation($i: CreateEventInput!) { createEvent(input: $i) { id version } }',
      {
        i: {
          title: '秀水对接会（储能专场）',
          organisers: ['秀水科创联盟'],
          venue: '秀洲区',
          date: TODAY,
          registrationDeadline: TODAY,
          dayStart: '14:00',
          dayEnd: '15:00',
          slotMinutes: 20,
          tables: [{ name: 'A桌', capacity: 4 }],
        },
      },
    );
    await gql('mutation($i: VersionedRefInput!) { openEvent(input: $i) { id } }', {
      i: { id: createEvent.id, version: createEvent.version },
    });
    const [lead, officer] = [people[1], people[4]];
    const a = await session();
    await signIn(a, lead.email, lead.password, '/events');
    await a.page.getByRole('link', { name: '秀水对接会（储能专场）' }).click();
    await a.page.getByRole('button', { name: '提交报名' }).click();
    await toast(a, '报名已保存');
    await a.check('event-participant');
    const b = await session();
    await signIn(b, officer.email, officer.password, `/events/${createEvent.id}`);
    await b.page.getByRole('button', { name: '提交报名' }).click();
    await toast(b, '报名已保存');
    await a.page.reload();
    await a.page.getByRole('tab', { name: '参会单位' }).click();
    await a.page.getByRole('button', { name: `向 ${officer.name} 申请洽谈` }).click();
    await a.page.getByLabel('留言（可选）').fill('希望交流热失控预警的中试方案');
    await a.page.getByRole('button', { name: '发送申请' }).click();
    await toast(a, `已向 ${officer.name} 发送洽谈申请`);
    await b.page.reload();
    await b.page.getByRole('tab', { name: '我的洽谈申请' }).click();
    await b.page.getByRole('button', { name: `接受 ${lead.name} 的申请` }).click();
    await toast(b, '已接受');
    await b.check('event-my-requests');
    await gql('mutation($e: ID!) { scheduleEvent(eventId: $e) { scheduled } }', { e: createEvent.id });
    const { event } = await gql<{ event: { version: number } }>('query($id: ID!) { event(id: $id) { version } }', {
      id: createEvent.id,
    });
    await gql('mutation($i: VersionedRefInput!) { publishEvent(input: $i) { id } }', {
      i: { id: createEvent.id, version: event.version },
    });
    await a.page.goto(`/events/${createEvent.id}`);
    await a.page.getByRole('link', { name: '我的日程' }).click();
    await a.page.getByRole('cell', { name: officer.name }).waitFor();
    const [ics] = await Promise.all([
      a.page.waitForEvent('download'),
      a.page.getByRole('button', { name: '下载日历文件（ICS）' }).click(),
    ]);
    const text = readFileSync((await ics.path()) as string, 'utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('A桌');
    await a.page.getByRole('button', { name: '生成订阅地址' }).click();
    await expect.poll(async () => a.page.getByLabel('日历订阅地址').inputValue()).toMatch(/\/calendar\/.+\.ics$/);
    await a.check('event-my-agenda');
  });

  it('no event page logged a console error and axe found no serious or critical violation', () => {
    expect(sessions.flatMap((s) => s.consoleErrors)).toEqual([]);
    expect(sessions.flatMap((s) => s.violations)).toEqual([]);
  });
});

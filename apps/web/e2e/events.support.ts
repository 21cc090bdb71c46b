import type { Page } from 'playwright-core';
import { ADMIN, type Checked, type Server } from './harness';

/** The event journeys' cast and helpers: six organisations with one person each, listings, QR pixels, toasts. */
export type Person = { email: string; password: string; name: string; orgId: string; token: string };

export const ENTERPRISES = ['嘉兴光伏组件有限公司', '秀洲储能科技有限公司', '嘉兴汽车电子有限公司'];
export const INSTITUTES = ['浙江清华长三角研究院', '嘉兴学院', '北京理工大学长三角研究院'];

/** Six organisations, one person each, and listings the matching engine can pair (so suggestions exist). */
export async function seedEventPeople(
  server: Server,
): Promise<{ admin: string; people: Person[]; achievementIds: string[] }> {
  const people: Person[] = [];
  const achievementIds: string[] = [];
  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token = admin): Promise<T> =>
    server.gql<T>(query, variables, token);
  let admin = '';
  admin = (
    await gql<{ login: { accessToken: string } }>(
      'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: ADMIN },
      '',
    )
  ).login.accessToken;
  for (const [i, name] of [...ENTERPRISES, ...INSTITUTES].entries()) {
    const enterprise = i < ENTERPRISES.length;
    const orgId = (
      await gql<{ createOrganization: { id: string } }>(
        'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
        { i: { name, kind: enterprise ? 'ENTERPRISE' : 'UNIVERSITY', region: '嘉兴市' } },
      )
    ).createOrganization.id;
    const email = `p${i}@events-e2e.cn`;
    const password = 'Event-Passw0rd!';
    const { inviteUser } = await gql<{ inviteUser: { invitationToken: string } }>(
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { invitationToken } }',
      { i: { email, displayName: `参会人${i}`, orgId, role: enterprise ? 'RD_LEAD' : 'OFFICER' } },
    );
    await gql(
      'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }',
      { i: { token: inviteUser.invitationToken, password } },
      '',
    );
    const token = (
      await gql<{ login: { accessToken: string } }>(
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { email, password } },
        '',
      )
    ).login.accessToken;
    people.push({ email, password, name, orgId, token });
    if (enterprise) {
      const { createNeed } = await gql<{ createNeed: { id: string; version: number } }>(
        'mutation($i: CreateNeedInput!) { createNeed(input: $i) { id version } }',
        {
          i: {
            key: `E2E-EV-N${i}`,
            title: `${['TOPCon 电池钝化', '储能电池热失控预警', '车载 BMS 均衡'][i]}技术需求`,
            description: '寻求高校院所合作攻关，提升良率与安全。',
            industry: i === 2 ? 'AUTO_PARTS' : i === 1 ? 'ENERGY_STORAGE' : 'PHOTOVOLTAIC',
            keywords: [
              ['TOPCon', '钝化'],
              ['热失控', '储能'],
              ['BMS', '均衡'],
            ][i],
            minTrl: 4,
            budgetWan: 200,
            cooperationModes: ['JOINT_DEVELOPMENT'],
            deadline: '2099-12-31',
            confidential: false,
            contact: '王工 13900000000',
          },
        },
        token,
      );
      await gql(
        'mutation($i: VersionedRefInput!) { openNeed(input: $i) { id } }',
        { i: { id: createNeed.id, version: createNeed.version } },
        token,
      );
    } else {
      const k = i - ENTERPRISES.length;
      const { createAchievement } = await gql<{ createAchievement: { id: string; version: number } }>(
        'mutation($i: CreateAchievementInput!) { createAchievement(input: $i) { id version } }',
        {
          i: {
            key: `E2E-EV-A${k}`,
            title: ['TOPCon 隧穿氧化层钝化工艺', '储能电池热失控早期预警系统', '动力电池 BMS 主动均衡技术'][k],
            summary: '实验室验证完成，可中试放大。',
            industry: k === 2 ? 'AUTO_PARTS' : k === 1 ? 'ENERGY_STORAGE' : 'PHOTOVOLTAIC',
            keywords: [
              ['TOPCon', '钝化'],
              ['热失控', '储能'],
              ['BMS', '均衡'],
            ][k],
            trl: 6,
            ip: [],
            cooperationModes: ['JOINT_DEVELOPMENT', 'LICENSE'],
            askingPriceWan: 100,
            team: '课题组',
            contact: '李老师 13800000000',
          },
        },
        token,
      );
      await gql(
        'mutation($i: VersionedRefInput!) { publishAchievement(input: $i) { id } }',
        { i: { id: createAchievement.id, version: createAchievement.version } },
        token,
      );
      achievementIds.push(createAchievement.id);
    }
  }
  return { admin, people, achievementIds };
}

export async function eventIdFromUrl(s: Checked): Promise<string> {
  await s.page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
  return new URL(s.page.url()).pathname.split('/')[2];
}

/** The pixels of an image on the page (drawn on a canvas there), as a QR decoder or a camera file needs them. */
export async function imagePixels(
  page: Page,
  alt: string,
): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const { data, width, height } = await page.getByRole('img', { name: alt }).evaluate((img: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    return {
      data: Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data),
      width: canvas.width,
      height: canvas.height,
    };
  });
  return { data: Uint8ClampedArray.from(data), width, height };
}

/**
 * A Y4M video (what Chromium's fake camera plays) showing the picture in black and white, centred and enlarged on a
 * white 640×480 frame: the camera sees the printed agenda's QR code.
 */
export function y4mOf(img: { data: Uint8ClampedArray; width: number; height: number }): Buffer {
  const [W, H] = [640, 480];
  const scale = Math.max(1, Math.floor(400 / Math.max(img.width, img.height)));
  const [x0, y0] = [Math.floor((W - img.width * scale) / 2), Math.floor((H - img.height * scale) / 2)];
  const luma = Buffer.alloc(W * H, 235);
  for (let y = 0; y < img.height * scale; y++) {
    for (let x = 0; x < img.width * scale; x++) {
      const i = (Math.floor(y / scale) * img.width + Math.floor(x / scale)) * 4;
      const dark = img.data[i + 3] > 128 && img.data[i] + img.data[i + 1] + img.data[i + 2] < 384;
      luma[(y0 + y) * W + x0 + x] = dark ? 16 : 235;
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

export async function toast(s: Checked, text: string | RegExp): Promise<void> {
  await s.page.locator('.ant-message').getByText(text).first().waitFor();
}

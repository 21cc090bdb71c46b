import { randomUUID } from 'node:crypto';
import { ADMIN, TestApp } from './test-app';

export type Kind = 'UNIVERSITY' | 'ENTERPRISE' | 'ALLIANCE';
export type RoleName = 'OFFICER' | 'RD_LEAD' | 'COORDINATOR' | 'ADMIN';

export interface Person {
  token: string;
  userId: string;
  orgId: string;
  role: RoleName;
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id role } } }`;

/** Builds organisations, people and listings through the public API, as users would. */
export class Factory {
  private adminToken: string | null = null;
  private seq = 0;

  constructor(private readonly t: TestApp) {}

  async admin(): Promise<string> {
    if (!this.adminToken) this.adminToken = (await this.login(ADMIN.email, ADMIN.password)).accessToken;
    return this.adminToken;
  }

  async login(email: string, password: string): Promise<{ accessToken: string; refreshToken: string; userId: string }> {
    const res = await this.t.gql(LOGIN, { input: { email, password } });
    if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    const { accessToken, refreshToken, user } = res.data.login;
    return { accessToken, refreshToken, userId: user.id };
  }

  async org(kind: Kind, name = `${kind}-${++this.seq}-${randomUUID().slice(0, 6)}`): Promise<string> {
    const res = await this.t.gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
      { input: { name, kind, region: '浙江省嘉兴市' } },
      await this.admin(),
    );
    if (!res.data) throw new Error(`org failed: ${JSON.stringify(res.errors)}`);
    return res.data.createOrganization.id;
  }

  /** Invites a person, accepts the invitation and signs in. */
  async person(role: RoleName, orgId?: string): Promise<Person> {
    const kind: Kind = role === 'OFFICER' ? 'UNIVERSITY' : role === 'RD_LEAD' ? 'ENTERPRISE' : 'ALLIANCE';
    const org = orgId ?? (await this.org(kind));
    const email = `${role.toLowerCase()}-${++this.seq}-${randomUUID().slice(0, 6)}@test.cn`;
    const invited = await this.t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationToken user { id } } }`,
      { input: { orgId: org, email, displayName: email, role } },
      await this.admin(),
    );
    if (!invited.data) throw new Error(`invite failed: ${JSON.stringify(invited.errors)}`);
    const password = 'Str0ng-passw0rd';
    const accepted = await this.t.gql(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
      {
        input: { token: invited.data.inviteUser.invitationToken, password },
      },
    );
    if (!accepted.data) throw new Error(`accept failed: ${JSON.stringify(accepted.errors)}`);
    const session = await this.login(email, password);
    return { token: session.accessToken, userId: session.userId, orgId: org, role };
  }

  async achievement(
    by: Person,
    overrides: Record<string, unknown> = {},
    publish = true,
  ): Promise<{ id: string; key: string; version: number }> {
    const input = {
      key: `A${++this.seq}${randomUUID().slice(0, 6)}`,
      title: 'TOPCon电池隧穿氧化层钝化工艺',
      summary: '低温隧穿氧化层与多晶硅钝化接触，电池效率提升0.3%。',
      industry: 'PHOTOVOLTAIC',
      keywords: ['TOPCon', '隧穿氧化层', '钝化'],
      trl: 6,
      ip: [{ type: 'INVENTION_PATENT', number: 'ZL202310000001.1' }],
      cooperationModes: ['LICENSE'],
      askingPriceWan: 200,
      team: '光伏实验室',
      contact: '王老师 13800000000',
      ...overrides,
    };
    const res = await this.t.gql(
      `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { id key version } }`,
      { input },
      by.token,
    );
    if (!res.data) throw new Error(`achievement failed: ${JSON.stringify(res.errors)}`);
    let row = res.data.createAchievement;
    if (publish) {
      const pub = await this.t.gql(
        `mutation($input: VersionedRefInput!) { publishAchievement(input: $input) { id key version } }`,
        { input: { id: row.id, version: row.version } },
        by.token,
      );
      if (!pub.data) throw new Error(`publish failed: ${JSON.stringify(pub.errors)}`);
      row = pub.data.publishAchievement;
    }
    return row;
  }

  async need(
    by: Person,
    overrides: Record<string, unknown> = {},
    open = true,
  ): Promise<{ id: string; key: string; version: number }> {
    const input = {
      key: `N${++this.seq}${randomUUID().slice(0, 6)}`,
      title: '组件层压后隐裂漏检',
      description: '我司组件产线EL检测漏检率偏高，预算内寻求自动识别方案。',
      industry: 'PHOTOVOLTAIC',
      keywords: ['隐裂', 'EL检测'],
      minTrl: 6,
      budgetWan: 300,
      cooperationModes: ['LICENSE', 'SERVICE'],
      deadline: '2099-12-31',
      confidential: false,
      contact: '李工 13900000000',
      ...overrides,
    };
    const res = await this.t.gql(
      `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id key version } }`,
      { input },
      by.token,
    );
    if (!res.data) throw new Error(`need failed: ${JSON.stringify(res.errors)}`);
    let row = res.data.createNeed;
    if (open) {
      const pub = await this.t.gql(
        `mutation($input: VersionedRefInput!) { openNeed(input: $input) { id key version } }`,
        { input: { id: row.id, version: row.version } },
        by.token,
      );
      if (!pub.data) throw new Error(`open failed: ${JSON.stringify(pub.errors)}`);
      row = pub.data.openNeed;
    }
    return row;
  }
}

export const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  res.errors?.[0]?.extensions?.code;

import { codeOf, Factory } from './support/factories';
import { invitedByMail, PASSWORD } from './support/mail-people';
import { TestSmtp, tokenFromLink } from './support/smtp';
import { startApp, TestApp } from './support/test-app';

const PUBLIC_URL = 'https://match.xiushui.test';
const REGISTER = `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id status } }`;
const QUEUE = `query($status: RegistrationStatus) { registrationApplications(status: $status) { id orgName status version reason orgId } }`;
const APPROVE = `mutation($input: DecideRegistrationInput!) { approveRegistration(input: $input) { status orgId version } }`;
const REJECT = `mutation($input: RejectRegistrationInput!) { rejectRegistration(input: $input) { status reason version } }`;

/** A 统一社会信用代码 with the right GB 32100-2015 check character for the 17 given. */
function uscc(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i], 0);
  return first17 + alphabet[(31 - (sum % 31)) % 31];
}

describe('enterprise self-registration', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let f: Factory;
  const application = (n: number, overrides: Record<string, unknown> = {}) => ({
    orgName: `嘉兴某光伏科技有限公司${n}`,
    creditCode: uscc(`91330400MA2B0X${String(n).padStart(3, '0')}`),
    region: '浙江省嘉兴市南湖区',
    contactName: `张经理${n}`,
    contactEmail: `zhang${n}-${Date.now()}@pv.test`,
    contactPhone: '0573-8888 0000',
    ...overrides,
  });

  beforeAll(async () => {
    smtp = await TestSmtp.start();
    t = await startApp({ SMTP_URL: smtp.url, PUBLIC_URL });
    f = new Factory(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('refuses a 统一社会信用代码 with a wrong check character, naming the field', async () => {
    const valid = application(1).creditCode;
    const wrong = valid.slice(0, 17) + (valid[17] === 'A' ? 'B' : 'A');
    const res = await t.gql(REGISTER, { input: application(1, { creditCode: wrong }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'creditCode' }] });
    expect(await t.db.read((em) => em.query(`SELECT * FROM registration_applications`))).toHaveLength(0);
  });

  it('apply → coordinator approves → the contact sets a password from the e-mail and is the enterprise admin', async () => {
    const input = application(2);
    const applied = await t.gql(REGISTER, { input });
    expect(applied.data?.registerEnterprise.status).toBe('PENDING');
    expect(codeOf(await t.gql(REGISTER, { input: { ...input, contactEmail: 'other@pv.test' } }))).toBe('CONFLICT');
    expect(codeOf(await t.gql(QUEUE, {}))).toBe('UNAUTHENTICATED');
    const admin = await f.admin();
    const queue = await t.gql(QUEUE, { status: 'PENDING' }, admin);
    const entry = queue.data?.registrationApplications.find(
      (a: { id: string }) => a.id === applied.data?.registerEnterprise.id,
    );
    expect(entry).toMatchObject({ orgName: input.orgName, status: 'PENDING', version: 1 });

    const approved = await t.gql(APPROVE, { input: { id: entry.id, version: 1 } }, admin);
    expect(approved.data?.approveRegistration).toMatchObject({
      status: 'APPROVED',
      version: 2,
      orgId: expect.any(String),
    });
    expect(codeOf(await t.gql(APPROVE, { input: { id: entry.id, version: 2 } }, admin))).toBe('CONFLICT');
    const org = await t.gql(
      `query($id: ID!) { organization(id: $id) { name kind creditCode } }`,
      { id: approved.data?.approveRegistration.orgId },
      admin,
    );
    expect(org.data?.organization).toEqual({ name: input.orgName, kind: 'ENTERPRISE', creditCode: input.creditCode });

    await t.drainMail();
    const [mail] = smtp.to(input.contactEmail);
    expect(mail.subject).toBe(`「${input.orgName}」的入驻申请已通过`);
    const token = tokenFromLink(mail, `${PUBLIC_URL}/invite`);
    expect(
      (
        await t.gql(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
          input: { token, password: PASSWORD },
        })
      ).errors,
    ).toBeUndefined();
    const session = await f.login(input.contactEmail, PASSWORD);
    expect((await t.gql(`{ me { role orgAdmin displayName } }`, {}, session.accessToken)).data?.me).toEqual({
      role: 'RD_LEAD',
      orgAdmin: true,
      displayName: input.contactName,
    });
    // The enterprise exists now: a new application for it is refused.
    expect(
      codeOf(await t.gql(REGISTER, { input: application(2, { orgName: '另一个名字', contactEmail: 'x@pv.test' }) })),
    ).toBe('CONFLICT');
  });

  it('a coordinator rejects with a reason that is e-mailed; only coordinators decide', async () => {
    const input = application(3);
    const { id } = (await t.gql(REGISTER, { input })).data?.registerEnterprise;
    const officer = await invitedByMail(t, smtp, PUBLIC_URL, await f.admin(), await f.org('UNIVERSITY'), 'OFFICER');
    expect(codeOf(await t.gql(REJECT, { input: { id, version: 1, reason: 'x' } }, officer.token))).toBe('FORBIDDEN');
    const admin = await f.admin();
    expect(codeOf(await t.gql(REJECT, { input: { id, version: 1, reason: '   ' } }, admin))).toBe('BAD_USER_INPUT');
    const rejected = await t.gql(REJECT, { input: { id, version: 1, reason: '营业执照信息与信用代码不符' } }, admin);
    expect(rejected.data?.rejectRegistration).toEqual({
      status: 'REJECTED',
      reason: '营业执照信息与信用代码不符',
      version: 2,
    });
    await t.drainMail();
    const [mail] = smtp.to(input.contactEmail);
    expect(mail.subject).toBe(`「${input.orgName}」的入驻申请未通过`);
    expect(mail.text).toContain('原因：营业执照信息与信用代码不符');
    const audit = await t.db.read((em) =>
      em.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]),
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['APPLY', 'REJECT']);
    // Rejected: the enterprise may apply again.
    expect((await t.gql(REGISTER, { input })).data?.registerEnterprise.status).toBe('PENDING');
  });
});

import { formatError } from '../apps/api/src/graphql/error-formatter';
import { Factory } from './support/factories';
import { ADMIN, startApp, TestApp } from './support/test-app';

interface Line {
  level: number;
  msg?: string;
  err?: { stack?: string; message?: string };
  req?: { id?: string; method?: string; url?: string; headers?: unknown };
  res?: { statusCode?: number };
  code?: string;
}

describe('logs: client mistakes at info, the unexpected at error, no secrets, no probes', () => {
  let t: TestApp;
  const lines: Line[] = [];
  const raw: string[] = [];
  const capture = { write: (s: string) => (raw.push(s), lines.push(JSON.parse(s) as Line)) };
  const take = () => lines.splice(0, lines.length);

  beforeAll(async () => {
    t = await startApp({ LOG_LEVEL: 'info' }, { logDestination: capture });
    await new Factory(t).person('OFFICER');
  });
  afterAll(() => t.close());

  it('a wrong password, invalid input and NOT_FOUND are logged at info, without a stack', async () => {
    take();
    await t.gql(`mutation { login(input: { email: "${ADMIN.email}", password: "wrong-password-1" }) { accessToken } }`);
    await t.gql(`mutation { login(input: { email: "not-an-email", password: "x" }) { accessToken } }`);
    await t.gql(
      `{ achievement(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      {},
      (await new Factory(t).login(ADMIN.email, ADMIN.password)).accessToken,
    );
    const logged = take();
    const clientErrors = logged.filter((l) => l.code);
    expect(clientErrors.map((l) => l.code)).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'BAD_USER_INPUT', 'NOT_FOUND']),
    );
    expect(clientErrors.every((l) => l.level === 30)).toBe(true);
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
    expect(JSON.stringify(logged)).not.toMatch(/"stack"|wrong-password-1/);
  });

  it('a request line holds its id, method, path and status, no header', async () => {
    take();
    raw.length = 0;
    // 1 in LOG_REQUEST_SAMPLE (10) quick successes gets a line: ten requests give at least one.
    for (let i = 0; i < 10; i++)
      await t
        .http()
        .post('/graphql?probe=1')
        .set('x-request-id', `probe-${i}`)
        .set('authorization', 'Bearer not-a-token-secret')
        .set('cookie', 'session=cookie-secret')
        .send({ query: '{ __typename }' });
    const line = take().find((l) => l.req?.id?.startsWith('probe-'));
    expect(line).toMatchObject({
      level: 30,
      msg: 'POST /graphql?probe=1 200',
      req: { method: 'POST', url: '/graphql?probe=1' },
      res: { statusCode: 200 },
    });
    expect(Object.keys(line?.req ?? {}).sort()).toEqual(['id', 'method', 'url']);
    expect(raw.join('')).not.toMatch(/not-a-token-secret|cookie-secret/);
  });

  it('health probes are not logged', async () => {
    take();
    for (let i = 0; i < 3; i++) {
      await t.http().get('/health/live');
      await t.http().get('/health/ready');
    }
    await t.http().get('/export/match-requests.csv');
    const logged = take();
    expect(logged.filter((l) => l.req?.url?.startsWith('/health'))).toEqual([]);
    expect(logged.some((l) => l.req?.url?.startsWith('/export'))).toBe(true);
  });

  it('a failed statement is logged at error with its stack, never with its parameters or the failing row', async () => {
    const SECRET = 'SECRET-机密预算-13800001234';
    const failure = await t.db
      .transaction(async (em) => {
        await em.query(`CREATE TEMP TABLE leak_probe (contact text, budget int CHECK (budget > 0))`);
        await em.query(`INSERT INTO leak_probe (contact, budget) VALUES ($1, $2)`, [SECRET, -1]);
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    expect(JSON.stringify((failure as { parameters?: unknown }).parameters)).toContain(SECRET);
    take();
    raw.length = 0;
    lines.length = 0;
    const answer = formatError({ message: 'x' }, failure);
    expect(answer.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const logged = take();
    const errors = logged.filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0].err?.stack).toMatch(/leak_probe|check constraint/);
    expect(raw.join('')).not.toContain('13800001234');
  });

  it('a value the database refuses in a message is not logged either', async () => {
    const SECRET = 'SECRET-13800005678';
    const failure = await t.db
      .read((em) => em.query(`SELECT $1::int`, [SECRET]))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(String((failure as Error).message)).toContain(SECRET);
    raw.length = 0;
    expect(formatError({ message: 'x' }, failure).extensions?.code).toBe('BAD_USER_INPUT');
    expect(raw.join('')).not.toContain('13800005678');
  });
});

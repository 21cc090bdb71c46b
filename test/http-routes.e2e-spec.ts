import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { Factory, Person } from './support/factories';
import { EventSteps } from './support/events';
import { startApp, TestApp } from './support/test-app';

/** An error answer of an HTTP route: JSON with the code, never a download. */
function expectError(res: Response, status: number, code: string): void {
  expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status, code });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['content-disposition']).toBeUndefined();
  expect(typeof (res.body as { message?: unknown }).message).toBe('string');
  expect(JSON.stringify(res.body)).not.toMatch(/at .+\.(js|ts):\d+/);
}

describe('HTTP routes: one guard, one error mapping', () => {
  let t: TestApp;
  let f: Factory;
  let coordinator: Person;
  let rd: Person;
  let eventId: string;
  let participant: string;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    coordinator = await f.person('COORDINATOR');
    rd = await f.person('RD_LEAD');
    const steps = new EventSteps(t, f, coordinator);
    eventId = (await steps.openEvent()).id;
    participant = await steps.participant(eventId, 'UNIVERSITY');
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string, header?: string) => {
    const req = t.http().get(path);
    if (token) req.set('authorization', `Bearer ${token}`);
    if (header) req.set('authorization', header);
    return req;
  };
  const CSV = '/export/match-requests.csv?from=2025-01-01&to=2025-01-31';

  it.each([
    ['no header', undefined],
    ['not a bearer', 'Basic YWRtaW46YWRtaW4='],
    ['a forged token', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
  ])('unauthenticated (%s): 401 JSON on both downloads', async (_, header) => {
    expectError(await get(`/events/${eventId}/agenda.ics`, undefined, header), 401, 'UNAUTHENTICATED');
    expectError(await get(CSV, undefined, header), 401, 'UNAUTHENTICATED');
  });

  it('forbidden: 403 JSON', async () => {
    expectError(await get(CSV, rd.token), 403, 'FORBIDDEN');
    expectError(await get(`/events/${eventId}/agenda.ics?participantId=${participant}`, rd.token), 403, 'FORBIDDEN');
  });

  it('not found: 404 JSON for a missing event and an unknown route', async () => {
    expectError(await get(`/events/${randomUUID()}/agenda.ics`, coordinator.token), 404, 'NOT_FOUND');
    expectError(await get('/export/nothing.csv', coordinator.token), 404, 'NOT_FOUND');
  });

  it('bad input: 400 JSON naming the field', async () => {
    const agenda = await get('/events/not-a-uuid/agenda.ics', coordinator.token);
    expectError(agenda, 400, 'BAD_USER_INPUT');
    expect((agenda.body as { fields: { field: string }[] }).fields[0].field).toBe('id');
    expectError(await get(`/events/${eventId}/agenda.ics?participantId=x`, coordinator.token), 400, 'BAD_USER_INPUT');
    expectError(
      await get('/export/match-requests.csv?from=2025-13-45&to=2025-01-31', coordinator.token),
      400,
      'BAD_USER_INPUT',
    );
    expectError(
      await get('/export/match-requests.csv?from=2025-01-01&from=2025-01-02&to=2025-01-31', coordinator.token),
      400,
      'BAD_USER_INPUT',
    );
    expectError(await get('/export/match-requests.csv', coordinator.token), 400, 'BAD_USER_INPUT');
  });

  it('success is still a download', async () => {
    const csv = await get(CSV, coordinator.token);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="match-requests.csv"');
    const ics = await get(`/events/${eventId}/agenda.ics?participantId=${participant}`, coordinator.token);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
  });

  it('health probes need no token', async () => {
    expect((await t.http().get('/health/live')).status).toBe(200);
    expect((await t.http().get('/health/ready')).body).toMatchObject({ status: 'ok', database: 'up' });
  });
});

import { registrationClosed, ScheduleService, validateSchedule } from '@app/events';
import { codeOf, Factory, Person } from './support/factories';
import { EVENT_OPS as OPS, EventSteps } from './support/events';
import { startApp, TestApp } from './support/test-app';

type Instance = Awaited<ReturnType<ScheduleService['instance']>>;
type Placed = { id: string; requestId: string; slotId: string; tableId: string };

const requestPair = (instance: Instance, requestId: string): [string, string] => {
  const r = instance.requests.find((x) => x.id === requestId);
  return r ? [r.a, r.b] : ['', ''];
};

/** A (slot, table) where the meeting could go: table free, both people free and available. */
function freePlace(instance: Instance, placed: Placed[], m: Placed): { slotId: string; tableId: string } | null {
  const people = requestPair(instance, m.requestId);
  for (const slot of instance.slots) {
    const others = placed.filter((x) => x.slotId === slot.id && x.id !== m.id);
    if (others.some((x) => requestPair(instance, x.requestId).some((p) => people.includes(p)))) continue;
    if (people.some((p) => instance.participants.find((x) => x.id === p)?.unavailable.includes(slot.id))) continue;
    for (const table of instance.tables) {
      const id = typeof table === 'string' ? table : table.id;
      if (!others.some((x) => x.tableId === id) && (slot.id !== m.slotId || id !== m.tableId))
        return { slotId: slot.id, tableId: id };
    }
  }
  return null;
}

/** Registration rules, concurrent requests and the schedule; the walk from draft to analytics: events.e2e-spec.ts. */
describe('matchmaking events (红色产学研对接会)', () => {
  let t: TestApp;
  let f: Factory;
  let coord: Person;
  let steps: EventSteps;

  beforeAll(async () => {
    t = await startApp();
    f = new Factory(t);
    coord = await f.person('COORDINATOR');
    steps = new EventSteps(t, f, coord);
  });
  afterAll(() => t.close());

  describe('registrations and requests', () => {
    it('closes registration after the deadline day in Asia/Shanghai, not in UTC', () => {
      // 17:00 UTC on the 25th is already 01:00 on the 26th in Shanghai.
      expect(registrationClosed('2026-11-25', new Date('2026-11-25T17:00:00Z'))).toBe(true);
      expect(registrationClosed('2026-11-25', new Date('2026-11-25T15:59:59Z'))).toBe(false);
      expect(registrationClosed('2026-11-26', new Date('2026-11-25T17:00:00Z'))).toBe(false);
    });

    it('refuses a past deadline to participants but not to coordinators', async () => {
      const event = await steps.openEvent({ registrationDeadline: '2020-01-01' });
      const late = await f.person('RD_LEAD');
      const res = await t.gql(OPS.register, { input: { eventId: event.id } }, late.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('registrationDeadline');
      await steps.ok(OPS.register, { input: { eventId: event.id, orgId: late.orgId } });
    });

    it('lets exactly one of 8 concurrent requests between two participants (both ways) through; the others get CONFLICT', async () => {
      const event = await steps.openEvent();
      const a = await f.person('RD_LEAD');
      const b = await f.person('OFFICER');
      const pa = (await steps.ok(OPS.register, { input: { eventId: event.id } }, a.token)).registerParticipant
        .id as string;
      const pb = (await steps.ok(OPS.register, { input: { eventId: event.id } }, b.token)).registerParticipant
        .id as string;
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          i % 2
            ? t.gql(OPS.send, { input: { eventId: event.id, toParticipantId: pa, message: `b→a ${i}` } }, b.token)
            : t.gql(OPS.send, { input: { eventId: event.id, toParticipantId: pb, message: `a→b ${i}` } }, a.token),
        ),
      );
      expect(results.filter((r) => r.data?.sendMeetingRequest).length).toBe(1);
      expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
      // Coordinators adding the same meeting concurrently race the same way.
      const [c, d] = [await steps.participant(event.id, 'ENTERPRISE'), await steps.participant(event.id, 'UNIVERSITY')];
      const added = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          t.gql(
            OPS.add,
            { input: { eventId: event.id, participantA: i % 2 ? c : d, participantB: i % 2 ? d : c } },
            coord.token,
          ),
        ),
      );
      expect(added.filter((r) => r.data?.addMeeting).length).toBe(1);
      expect(added.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(5);
      const live = (await steps.ok(OPS.requests, { id: event.id })).meetingRequests;
      expect(live).toHaveLength(2);
    });

    it('refuses a re-registration that would break placed meetings; a registration bumps the roster, not the version', async () => {
      const event = await steps.openEvent({ dayEnd: '09:30', tables: [{ name: 'T1', capacity: 2 }] });
      const orgId = await f.org('ENTERPRISE');
      const [one, two] = [await f.person('RD_LEAD', orgId), await f.person('RD_LEAD', orgId)];
      const register = (extra: Record<string, unknown>) =>
        t.gqlIn(
          'en',
          OPS.register,
          { input: { eventId: event.id, orgId, userIds: [one.userId], ...extra } },
          coord.token,
        );
      const ent = (await register({})).data?.registerParticipant.id as string;
      const uni = await steps.participant(event.id, 'UNIVERSITY');
      await steps.addMeeting(event.id, ent, uni);
      expect((await steps.schedule(event.id)).scheduled).toBe(1);
      const [meeting] = await steps.meetings(event.id);
      const slot = event.slots.find((s) => s.id === meeting.slotId) as { id: string; start: string };
      const other = event.slots.find((s) => s.id !== meeting.slotId) as { id: string };

      const away = await register({ unavailableSlotIds: [slot.id] });
      expect(codeOf(away)).toBe('CONFLICT');
      expect(away.errors?.[0].message).toContain(meeting.id);
      expect(away.errors?.[0].message).toContain(slot.start);
      const fewer = await register({ maxMeetings: 0 });
      expect(codeOf(fewer)).toBe('CONFLICT');
      expect(fewer.errors?.[0].message).toMatch(/maximum of 0/);
      const crowd = await register({ userIds: [one.userId, two.userId] });
      expect(codeOf(crowd)).toBe('CONFLICT');
      expect(crowd.errors?.[0].message).toMatch(/table T1, which seats 2; .* needs 3/);

      const before = (await steps.ok(OPS.get, { id: event.id })).event;
      expect(codeOf(await register({ unavailableSlotIds: [other.id], maxMeetings: 1 }))).toBeUndefined();
      expect((await steps.ok(OPS.get, { id: event.id })).event).toMatchObject({
        version: before.version,
        rosterVersion: before.rosterVersion + 1,
      });
      // Nothing changed for the placed meeting; the scheduler keeps it.
      expect(await steps.schedule(event.id)).toMatchObject({ scheduled: 1, moved: 0 });
    });
  });

  describe('the schedule', () => {
    it('is valid after scheduleEvent, explains what it leaves out, keeps a locked meeting on re-run and enforces the rules by hand', async () => {
      const event = await steps.openEvent({ dayEnd: '10:00', slotMinutes: 15 });
      const [s0, s1, s2, s3] = event.slots.map((s) => s.id);
      const ent = [
        await steps.participant(event.id, 'ENTERPRISE', { unavailableSlotIds: [s0, s1] }),
        await steps.participant(event.id, 'ENTERPRISE', { maxMeetings: 1 }),
        await steps.participant(event.id, 'ENTERPRISE'),
      ];
      const uni = [
        await steps.participant(event.id, 'UNIVERSITY', { unavailableSlotIds: [s2, s3] }),
        await steps.participant(event.id, 'UNIVERSITY'),
        await steps.participant(event.id, 'UNIVERSITY'),
      ];
      for (const [i, e] of ent.entries())
        for (const [j, u] of uni.entries()) await steps.addMeeting(event.id, e, u, 0.3 + 0.1 * ((i + j) % 3));
      const first = await steps.schedule(event.id);
      expect(first.requests).toBe(9);
      expect(first.scheduled + first.unscheduled.length).toBe(9);
      // ent[0] and uni[0] share no free slot.
      const noSlot = first.unscheduled.find((u) => u.code === 'NO_COMMON_FREE_SLOT');
      // Chinese by default, English on request; both name the organisations, not participant ids.
      expect(noSlot?.message).toMatch(/ENTERPRISE-.*与UNIVERSITY-.*没有共同的空闲时段/);
      const service = t.app.get(ScheduleService);
      const actor = { userId: coord.userId, orgId: coord.orgId, role: 'COORDINATOR' as never };
      const check = async () => {
        const meetings = await steps.meetings(event.id);
        const assignments = meetings.map((m) => ({ request: m.requestId, slot: m.slotId, table: m.tableId }));
        expect(validateSchedule(await service.instance(actor, event.id), { assignments })).toEqual([]);
        return meetings;
      };
      const placed = await check();
      expect(placed).toHaveLength(first.scheduled);
      const reasons = (await steps.ok(OPS.requests, { id: event.id })).meetingRequests.filter(
        (r: { unscheduledCode: string | null }) => r.unscheduledCode,
      );
      expect(reasons).toHaveLength(first.unscheduled.length);
      const why = (list: { id: string; unscheduledReason: string }[]) =>
        list.find((r) => r.id === noSlot?.requestId)?.unscheduledReason;
      expect(why(reasons)).toBe(noSlot?.message);
      const inEnglish = await t.gqlIn('en', OPS.requests, { id: event.id }, coord.token);
      expect(why(inEnglish.data?.meetingRequests)).toMatch(
        /ENTERPRISE-.* and UNIVERSITY-.* have no free slot in common/,
      );

      // Hand edits follow the scheduler's rules: no taken table, no unavailable slot, coordinators only.
      const instance = await service.instance(actor, event.id);
      const away = placed.find((m) => requestPair(instance, m.requestId)[0] === ent[0]);
      expect(away).toBeDefined();
      expect(
        codeOf(
          await t.gql(OPS.move, { input: { meetingId: away?.id, slotId: s0, tableId: away?.tableId } }, coord.token),
        ),
      ).toBe('BAD_USER_INPUT');
      const target = placed.find((m) => freePlace(instance, placed, m) !== null) as Placed;
      // Another meeting's place in a slot both of target's people can attend (else the answer is BAD_USER_INPUT).
      const targetPeople = requestPair(instance, target.requestId);
      const attend = (slot: string) =>
        !targetPeople.some((p) => instance.participants.find((x) => x.id === p)?.unavailable.includes(slot));
      const busy = placed.find(
        (m) => (m.slotId !== target.slotId || m.tableId !== target.tableId) && attend(m.slotId),
      ) as Placed;
      expect(
        codeOf(
          await t.gql(
            OPS.move,
            { input: { meetingId: target.id, slotId: busy.slotId, tableId: busy.tableId } },
            coord.token,
          ),
        ),
      ).toBe('CONFLICT');
      const outsider = await f.person('RD_LEAD');
      expect(
        codeOf(
          await t.gql(
            OPS.move,
            { input: { meetingId: target.id, slotId: target.slotId, tableId: target.tableId } },
            outsider.token,
          ),
        ),
      ).toBe('FORBIDDEN');
      // Then move it by hand to a free place and lock it there: a re-run keeps it and moves nothing else.
      const moved = (
        await steps.ok(OPS.move, { input: { meetingId: target.id, ...freePlace(instance, placed, target) } })
      ).moveMeeting;
      Object.assign(target, { slotId: moved.slotId, tableId: moved.tableId });
      await check();
      await steps.ok(OPS.lock, { input: { meetingId: target.id, locked: true } });
      const second = await steps.schedule(event.id);
      expect(second.locked).toBe(1);
      expect(second.scheduled).toBeGreaterThanOrEqual(first.scheduled);
      expect(second.moved).toBe(0);
      const after = await check();
      expect(after.find((m) => m.requestId === target.requestId)).toMatchObject({
        slotId: target.slotId,
        tableId: target.tableId,
        locked: true,
      });
    });

    it('lets exactly one of 50 concurrent bookings of one seat win; the other 49 get CONFLICT', async () => {
      // 50 tables, so only the seat constraint (one meeting per participant per slot) can refuse.
      const event = await steps.openEvent({
        dayEnd: '09:30',
        tables: Array.from({ length: 50 }, (_, i) => ({ name: `T${i + 1}`, capacity: 4 })),
      });
      await steps.schedule(event.id);
      const hub = await steps.participant(event.id, 'ENTERPRISE');
      const requests: string[] = [];
      for (let i = 0; i < 50; i++)
        requests.push(await steps.addMeeting(event.id, hub, await steps.participant(event.id, 'UNIVERSITY')));
      const [slot] = event.slots;
      const results = await Promise.all(
        requests.map((requestId, i) =>
          t.gql(OPS.place, { input: { requestId, slotId: slot.id, tableId: event.tables[i].id } }, coord.token),
        ),
      );
      expect(results.filter((r) => r.data?.placeMeeting).length).toBe(1);
      const failures = results.filter((r) => r.errors);
      expect(failures).toHaveLength(49);
      for (const r of failures) {
        expect(codeOf(r)).toBe('CONFLICT');
        expect(r.errors?.[0].message).toBe('该洽谈的一方在这个时段已有其他洽谈');
      }
      expect(await steps.meetings(event.id)).toHaveLength(1);
    });

    it('refuses the same table twice in a slot for disjoint pairs, concurrently', async () => {
      const event = await steps.openEvent({ dayEnd: '09:30' });
      await steps.schedule(event.id);
      const requests: string[] = [];
      for (let i = 0; i < 10; i++)
        requests.push(
          await steps.addMeeting(
            event.id,
            await steps.participant(event.id, 'ENTERPRISE'),
            await steps.participant(event.id, 'UNIVERSITY'),
          ),
        );
      const results = await Promise.all(
        requests.map((requestId) =>
          t.gql(
            OPS.place,
            { input: { requestId, slotId: event.slots[0].id, tableId: event.tables[0].id } },
            coord.token,
          ),
        ),
      );
      expect(results.filter((r) => r.data?.placeMeeting).length).toBe(1);
      const failures = results.filter((r) => codeOf(r) === 'CONFLICT');
      expect(failures).toHaveLength(9);
      for (const r of failures) expect(r.errors?.[0].message).toBe('这张洽谈桌在该时段已被占用');
      // The database refuses a double booking even when no service code is in the way.
      const [meeting] = await steps.meetings(event.id);
      const copy = t.db.transaction((em) =>
        em.query(`INSERT INTO meetings (event_id, request_id, slot_id, table_id) VALUES ($1, $2, $3, $4)`, [
          event.id,
          requests.find((x) => x !== meeting.requestId),
          meeting.slotId,
          meeting.tableId,
        ]),
      );
      await expect(copy).rejects.toMatchObject({ code: '23505' });
    });
  });
});

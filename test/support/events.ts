import { Factory, Person } from './factories';
import { GqlResult, TestApp } from './test-app';

/** The harness's loose result shape: specs read nested fields without declaring every operation's type. */
type Data = NonNullable<GqlResult['data']>;

const EVENT_FIELDS = `id status version rosterVersion date slots { id start end } tables { id name capacity } roadshows { id speaker achievement { id title } }`;
export const EVENT_OPS = {
  create: `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${EVENT_FIELDS} } }`,
  open: `mutation($input: VersionedRefInput!) { openEvent(input: $input) { ${EVENT_FIELDS} } }`,
  publish: `mutation($input: VersionedRefInput!) { publishEvent(input: $input) { ${EVENT_FIELDS} } }`,
  close: `mutation($input: VersionedRefInput!) { closeEvent(input: $input) { ${EVENT_FIELDS} } }`,
  get: `query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`,
  register: `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id orgId userIds maxMeetings organization { name } } }`,
  send: `mutation($input: SendMeetingRequestInput!) { sendMeetingRequest(input: $input) { id status expiresAt } }`,
  respond: `mutation($input: RespondMeetingRequestInput!) { respondToMeetingRequest(input: $input) { id status } }`,
  add: `mutation($input: AddMeetingInput!) { addMeeting(input: $input) { id status source } }`,
  requests: `query($id: ID!) { meetingRequests(eventId: $id) { id status fromParticipantId toParticipantId unscheduledCode unscheduledReason } }`,
  schedule: `mutation($id: ID!) { scheduleEvent(eventId: $id) { scheduled requests moved locked unscheduled { requestId code message } } }`,
  meetings: `query($id: ID!) { eventMeetings(eventId: $id) { id requestId slotId tableId locked attendance outcome } }`,
  place: `mutation($input: PlaceMeetingInput!) { placeMeeting(input: $input) { id slotId tableId } }`,
  move: `mutation($input: MoveMeetingInput!) { moveMeeting(input: $input) { id slotId tableId locked } }`,
  lock: `mutation($input: LockMeetingInput!) { lockMeeting(input: $input) { id locked } }`,
  agenda: `query($id: ID!, $p: ID) { eventAgenda(eventId: $id, participantId: $p) { published participant { id } meetings { meeting { id } start end tableName counterpart { id organization { name } } } roadshows { speaker } } }`,
  suggest: `query($id: ID!) { suggestMeetings(eventId: $id) { enterpriseParticipantId instituteParticipantId needId achievementId score reasons } }`,
  checkIn: `mutation($id: ID!) { checkInParticipant(participantId: $id) { id checkedInAt } }`,
  attendance: `mutation($input: AttendanceInput!) { recordAttendance(input: $input) { id attendance } }`,
  outcome: `mutation($input: OutcomeInput!) { recordMeetingOutcome(input: $input) { id outcome } }`,
  analytics: `query($id: ID!) { eventAnalytics(eventId: $id) { participants checkedIn requestsSent requestsAccepted coordinatorMeetings meetingsScheduled meetingsHeld noShowRate meetingsPerParticipant perParticipant { participantId meetings } outcomes { outcome count } } }`,
};

export interface EventRef {
  id: string;
  status: string;
  version: number;
  slots: { id: string; start: string; end: string }[];
  tables: { id: string; name: string; capacity: number }[];
}

export const eventInput = (overrides: Record<string, unknown> = {}) => ({
  title: '红色产学研对接会·光伏专场',
  theme: '党建引领 产学研协同',
  organisers: ['秀水科创联盟', '高新区光伏产业链党委'],
  venue: '嘉兴科技城会议中心',
  date: '2099-06-01',
  registrationDeadline: '2099-05-31',
  dayStart: '09:00',
  dayEnd: '10:00',
  slotMinutes: 15,
  breaks: [],
  tables: [
    { name: 'T1', capacity: 4 },
    { name: 'T2', capacity: 4 },
  ],
  roadshows: [],
  ...overrides,
});

/** Small steps through the public API; each throws with the GraphQL errors when a step fails. */
export class EventSteps {
  constructor(
    private readonly t: TestApp,
    private readonly f: Factory,
    readonly coordinator: Person,
  ) {}

  async ok<T = Data>(query: string, variables: Record<string, unknown>, token = this.coordinator.token): Promise<T> {
    const res = await this.t.gql<T>(query, variables, token);
    if (!res.data || res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async openEvent(overrides: Record<string, unknown> = {}): Promise<EventRef> {
    const created = (await this.ok(EVENT_OPS.create, { input: eventInput(overrides) })).createEvent as EventRef;
    return (await this.ok(EVENT_OPS.open, { input: { id: created.id, version: created.version } }))
      .openEvent as EventRef;
  }

  /** A coordinator registers a fresh organisation (no people needed) and returns its participant id. */
  async participant(
    eventId: string,
    kind: 'ENTERPRISE' | 'UNIVERSITY',
    extra: Record<string, unknown> = {},
    name?: string,
  ): Promise<string> {
    const orgId = await this.f.org(kind, name);
    return (await this.ok(EVENT_OPS.register, { input: { eventId, orgId, ...extra } })).registerParticipant
      .id as string;
  }

  async addMeeting(eventId: string, a: string, b: string, score?: number): Promise<string> {
    return (await this.ok(EVENT_OPS.add, { input: { eventId, participantA: a, participantB: b, score } })).addMeeting
      .id as string;
  }

  async schedule(eventId: string) {
    return (await this.ok(EVENT_OPS.schedule, { id: eventId })).scheduleEvent as {
      scheduled: number;
      requests: number;
      moved: number;
      locked: number;
      unscheduled: { requestId: string; code: string; message: string }[];
    };
  }

  async meetings(eventId: string) {
    return (await this.ok(EVENT_OPS.meetings, { id: eventId })).eventMeetings as {
      id: string;
      requestId: string;
      slotId: string;
      tableId: string;
      locked: boolean;
    }[];
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, bilingual, conflict, type LocalText, notFound, runInWorker, WorkerTaskError } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { OrganizationRepository } from '@app/identity';
import { MeetingEntity, MeetingRequestEntity, ParticipantEntity } from '../entities/event.entities';
import { meetingSize, orgIdsOf, participantLabel, requireCoordinator, requireStatus } from '../domain/rules';
import { EventStatus } from '../domain/values';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';
import { EventNotices } from './event-notices';
import {
  Assignment,
  Schedule,
  SCHEDULE_TASK_MODULE,
  ScheduleTask,
  SchedulingInstance,
  UnscheduledReason,
  reasonText,
} from '../scheduling';

export interface ScheduleOutcome {
  scheduled: number;
  requests: number;
  moved: number;
  locked: number;
  unscheduled: { requestId: string; code: string; message: LocalText }[];
}

/** One moved meeting is worth this much match score: re-runs keep meetings in place unless a move really pays. */
const MOVE_COST = 0.05;

const snapshot = (meetings: MeetingEntity[]): string =>
  meetings
    .map((m) => `${m.id}:${m.slotId}:${m.tableId}:${m.locked}`)
    .sort()
    .join(',');

/**
 * Solves in a worker thread: an 800-participant event takes the solver about a second of CPU, which would hold
 * every other request. Locked meetings that no longer fit (say a participant re-registered as unavailable) are the
 * organiser's to fix.
 */
async function solve(instance: SchedulingInstance, previous: Assignment[]): Promise<Schedule> {
  try {
    return await runInWorker<ScheduleTask, Schedule>(SCHEDULE_TASK_MODULE, 'scheduleTask', {
      instance,
      options: { previous, moveCost: MOVE_COST, seed: 1 },
    });
  } catch (error) {
    if (error instanceof WorkerTaskError && error.name === 'SchedulingInputError') {
      const problems = error.fields.problems as string[];
      throw conflict(
        bilingual(
          `锁定的洽谈无法全部保留（${problems.length} 处问题），请先解锁或移动这些洽谈`,
          `Locked meetings cannot be kept (${problems.join('; ')}); unlock or move them first`,
        ),
      );
    }
    throw error;
  }
}

/** The organiser's schedule: automatic runs of the pure scheduler and hand edits under the same rules. */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly orgs: OrganizationRepository,
    private readonly notices: EventNotices,
  ) {}

  /** The scheduler's input for an event as stored now (also what tests validate a schedule against). */
  async instance(actor: Actor, eventId: string): Promise<SchedulingInstance> {
    requireCoordinator(actor);
    return this.db.read(async (em) => (await this.load(em, eventId)).instance);
  }

  /** Reads, solves outside any transaction, then writes only if nobody changed the schedule meanwhile. */
  async run(actor: Actor, eventId: string): Promise<ScheduleOutcome> {
    requireCoordinator(actor);
    const before = await this.db.read((em) => this.load(em, eventId));
    requireStatus(before.detail.event, [EventStatus.OPEN, EventStatus.SCHEDULED], bilingual('排程', 'scheduling'));
    const previous = before.meetings.map((m) => ({ request: m.requestId, slot: m.slotId, table: m.tableId }));
    const result = await solve(before.instance, previous);
    return this.db.transaction(async (em) => {
      const event = await this.events.lockById(em, eventId);
      const was = before.detail.event;
      if (!event || event.version !== was.version || event.rosterVersion !== was.rosterVersion)
        throw conflict(
          bilingual(
            '排程期间对接会或报名情况有变动，请重新排程',
            'The event or its registrations changed while scheduling; run the scheduler again',
          ),
        );
      const current = await this.meetings.meetingsOf(em, eventId);
      if (snapshot(current) !== snapshot(before.meetings))
        throw conflict(
          bilingual(
            '排程期间日程被修改，请重新排程',
            'The schedule was edited while scheduling; run the scheduler again',
          ),
        );
      const target = new Map(result.assignments.map((a) => [a.request, a]));
      const stay = current.filter(
        (m) => target.get(m.requestId)?.slot === m.slotId && target.get(m.requestId)?.table === m.tableId,
      );
      const staying = new Set(stay.map((m) => m.requestId));
      await this.meetings.remove(
        em,
        current.filter((m) => !staying.has(m.requestId)).map((m) => m.id),
      );
      const byRequest = new Map(before.requests.map((r) => [r.id, r]));
      await this.meetings.place(
        em,
        eventId,
        result.assignments
          .filter((a) => !staying.has(a.request))
          .map((a) => {
            const r = byRequest.get(a.request) as MeetingRequestEntity;
            return {
              requestId: a.request,
              slotId: a.slot,
              tableId: a.table,
              locked: false,
              participantIds: [r.fromParticipantId, r.toParticipantId],
            };
          }),
      );
      const unscheduled = await this.explain(em, before.participants, result.unscheduled);
      await this.meetings.setUnscheduledReasons(em, eventId, unscheduled);
      await this.events.updateIfVersion(em, eventId, event.version, { status: EventStatus.SCHEDULED });
      const stats = {
        scheduled: result.stats.scheduled,
        requests: result.stats.requests,
        moved: result.stats.moved,
        locked: result.stats.locked,
      };
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'EVENT',
        entityId: eventId,
        action: 'SCHEDULE',
        changes: stats,
      });
      return { ...stats, unscheduled };
    });
  }

  private async load(em: EntityManager, eventId: string) {
    const [event] = await this.events.findByIds(em, [eventId]);
    if (!event) throw notFound('Event', eventId);
    const [detail] = await this.events.details(em, [event]);
    const participants = await this.events.participantsOf(em, eventId);
    const requests = await this.meetings.acceptedRequestsOf(em, eventId);
    const meetings = await this.meetings.meetingsOf(em, eventId);
    const byId = new Map(participants.map((p) => [p.id, p]));
    const instance: SchedulingInstance = {
      slots: detail.slots.map((s) => ({ id: s.id, start: s.startsAt, end: s.endsAt })),
      tables: detail.tables.map((t) => ({ id: t.id, capacity: t.capacity })),
      participants: participants.map((p) => ({
        id: p.id,
        unavailable: p.unavailableSlotIds,
        maxMeetings: p.maxMeetings,
      })),
      requests: requests.map((r) => ({
        id: r.id,
        a: r.fromParticipantId,
        b: r.toParticipantId,
        weight: r.score,
        size: meetingSize(
          byId.get(r.fromParticipantId) as ParticipantEntity,
          byId.get(r.toParticipantId) as ParticipantEntity,
        ),
      })),
      locked: meetings.filter((m) => m.locked).map((m) => ({ request: m.requestId, slot: m.slotId, table: m.tableId })),
    };
    return { detail, participants, requests, meetings, instance };
  }

  /** The scheduler names participants by id; people read organisation names, in either language. */
  private async explain(em: EntityManager, participants: ParticipantEntity[], reasons: UnscheduledReason[]) {
    const names = new Map((await this.orgs.findByIds(em, orgIdsOf(participants))).map((o) => [o.id, o.name]));
    const label = new Map(participants.map((p) => [p.id, participantLabel(p, names)]));
    return reasons.map((r) => {
      const values = Object.fromEntries(
        Object.entries(r.values).map(([k, v]) => [k, typeof v === 'string' ? (label.get(v) ?? v) : v]),
      );
      return {
        requestId: r.request,
        code: r.code,
        message: bilingual(reasonText(r.code, values, 'zh-CN'), reasonText(r.code, values, 'en')),
      };
    });
  }
}

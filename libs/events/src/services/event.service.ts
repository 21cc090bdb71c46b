import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, badInput, bilingual, isAlliance, notFound } from '@app/core';
import { NotificationKind } from '@app/matching';
import { appendAudit, Database, diff } from '@app/database';
import { AchievementRepository } from '@app/catalog';
import { EventEntity } from '../entities/event.entities';
import { slotGrid, TIME, toMinutes } from '../domain/grid';
import { requireCoordinator, requireStatus, stale, visibleEvent } from '../domain/rules';
import { EventStatus, SLOT_LENGTHS, TimeRange } from '../domain/values';
import { EventDetail, EventRepository, EventValues } from '../repositories/event.repository';
import { checkRoadshowAchievements, visibleRoadshows } from './roadshow-achievements';
import { EventNotices } from './event-notices';

export interface TableInput {
  name: string;
  capacity: number;
}

export interface RoadshowInput {
  start: string;
  end: string;
  speaker: string;
  title: string;
  achievementId: string | null;
}

export interface EventInput {
  title: string;
  theme: string;
  organisers: string[];
  venue: string;
  date: string;
  registrationDeadline: string;
  dayStart: string;
  dayEnd: string;
  slotMinutes: number;
  breaks: TimeRange[];
  tables: TableInput[];
  roadshows: RoadshowInput[];
}

export type EventPatch = Partial<EventInput>;

const GRID_FIELDS = ['dayStart', 'dayEnd', 'slotMinutes', 'breaks', 'date'] as const;
const CANCELLABLE = [EventStatus.DRAFT, EventStatus.OPEN, EventStatus.SCHEDULED, EventStatus.PUBLISHED];

/** Events and their set-up: slot grid, tables, roadshow, and the status workflow. Coordinators manage them. */
@Injectable()
export class EventService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly achievements: AchievementRepository,
    private readonly notices: EventNotices,
  ) {}

  async get(actor: Actor, id: string): Promise<EventDetail> {
    return this.db.read(async (em) => {
      const [event] = await this.events.findByIds(em, [id]);
      const [detail] = await this.events.details(em, [visibleEvent(actor, event, id)]);
      return { ...detail, roadshows: await visibleRoadshows(em, this.achievements, actor, detail.roadshows) };
    });
  }

  list(actor: Actor, statuses: EventStatus[] | null): Promise<EventDetail[]> {
    const visible = isAlliance(actor)
      ? statuses
      : (statuses ?? Object.values(EventStatus)).filter((s) => s !== EventStatus.DRAFT);
    return this.db.read(async (em) => {
      const details = await this.events.details(em, await this.events.listByStatuses(em, visible));
      const roadshows = await visibleRoadshows(
        em,
        this.achievements,
        actor,
        details.flatMap((d) => d.roadshows),
      );
      return details.map((d) => ({ ...d, roadshows: roadshows.filter((r) => r.eventId === d.event.id) }));
    });
  }

  async create(actor: Actor, input: EventInput): Promise<EventDetail> {
    requireCoordinator(actor);
    const grid = checkGrid(input);
    checkSetup(input);
    return this.db.transaction(async (em) => {
      await checkRoadshowAchievements(em, this.achievements, input.roadshows);
      const { tables, roadshows, ...values } = input;
      const row = await this.events.insert(em, {
        ...values,
        status: EventStatus.DRAFT,
        cancelReason: null,
        createdBy: actor.userId,
      });
      await this.events.replaceSlots(em, row.id, grid);
      await this.events.replaceTables(em, row.id, tables);
      await this.events.replaceRoadshows(em, row.id, roadshows.map(toRoadshowRow));
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'EVENT',
        entityId: row.id,
        action: 'CREATE',
        changes: { ...input },
      });
      const [detail] = await this.events.details(em, [row]);
      return detail;
    });
  }

  /** The grid changes only in DRAFT (registrations refer to slots); tables until a schedule exists. */
  update(actor: Actor, id: string, version: number, given: EventPatch): Promise<EventDetail> {
    // Input objects carry absent fields as undefined; they must not overwrite stored values.
    const patch = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as EventPatch;
    return this.change(actor, id, version, 'UPDATE', async (em, event) => {
      requireStatus(
        event,
        [EventStatus.DRAFT, EventStatus.OPEN, EventStatus.SCHEDULED, EventStatus.PUBLISHED],
        bilingual('编辑', 'editing'),
      );
      const merged: EventInput = { ...toInput(event), tables: [], roadshows: [], ...patch };
      const gridChanged = GRID_FIELDS.some((f) => patch[f] !== undefined);
      if (gridChanged)
        requireStatus(event, [EventStatus.DRAFT], bilingual('修改日期或时段设置', 'changing the date or slot grid'));
      if (patch.tables)
        requireStatus(event, [EventStatus.DRAFT, EventStatus.OPEN], bilingual('修改洽谈桌', 'changing tables'));
      const grid = checkGrid(merged);
      checkSetup(merged);
      if (gridChanged) await this.events.replaceSlots(em, id, grid);
      if (patch.tables) await this.events.replaceTables(em, id, patch.tables);
      if (patch.roadshows) {
        await checkRoadshowAchievements(em, this.achievements, patch.roadshows);
        await this.events.replaceRoadshows(em, id, patch.roadshows.map(toRoadshowRow));
      }
      const { tables: _t, roadshows: _r, ...values } = patch;
      return values;
    });
  }

  open(actor: Actor, id: string, version: number): Promise<EventDetail> {
    return this.change(actor, id, version, 'OPEN', async (em, event) => {
      requireStatus(event, [EventStatus.DRAFT], bilingual('开放报名', 'opening registration'));
      const [detail] = await this.events.details(em, [event]);
      if (!detail.slots.length)
        throw badInput('slotMinutes', bilingual('时段表为空，无法开放报名', 'slotMinutes the slot grid is empty'));
      if (!detail.tables.length)
        throw badInput(
          'tables',
          bilingual('开放报名前须至少设置一张洽谈桌', 'tables must list at least one table before opening'),
        );
      return { status: EventStatus.OPEN };
    });
  }

  publish(actor: Actor, id: string, version: number): Promise<EventDetail> {
    return this.change(actor, id, version, 'PUBLISH', async (em, event) => {
      requireStatus(event, [EventStatus.SCHEDULED], bilingual('发布日程', 'publishing the schedule'));
      const everyone = await this.events.participantsOf(em, id);
      await this.notices.send(
        em,
        id,
        everyone,
        { kind: NotificationKind.EVENT_SCHEDULE_PUBLISHED, event: event.title, date: event.date },
        actor.userId,
      );
      return { status: EventStatus.PUBLISHED };
    });
  }

  close(actor: Actor, id: string, version: number): Promise<EventDetail> {
    return this.change(actor, id, version, 'CLOSE', async (_em, event) => {
      requireStatus(event, [EventStatus.PUBLISHED], bilingual('结束对接会', 'closing'));
      return { status: EventStatus.CLOSED };
    });
  }

  /** Calls the event off from any state before CLOSED; `reason` is shown to everyone registered. */
  cancel(actor: Actor, id: string, version: number, reason: string): Promise<EventDetail> {
    return this.change(actor, id, version, 'CANCEL', async (em, event) => {
      requireStatus(event, CANCELLABLE, bilingual('取消对接会', 'cancelling'));
      const cancelReason = reason.trim() || null;
      const everyone = await this.events.participantsOf(em, id);
      await this.notices.send(
        em,
        id,
        everyone,
        { kind: NotificationKind.EVENT_CANCELLED, event: event.title, date: event.date, reason: cancelReason },
        actor.userId,
      );
      return { status: EventStatus.CANCELLED, cancelReason };
    });
  }

  /** Only a DRAFT can be deleted: nobody has registered for it yet. */
  delete(actor: Actor, id: string, version: number): Promise<boolean> {
    requireCoordinator(actor);
    return this.db.transaction(async (em) => {
      const event = await this.events.lockById(em, id);
      if (!event) throw notFound('Event', id);
      if (event.version !== version) throw stale('Event', id);
      requireStatus(
        event,
        [EventStatus.DRAFT],
        bilingual('删除（已开放的对接会请改为取消）', 'deleting (cancel it instead)'),
      );
      if (!(await this.events.deleteIfVersion(em, id, version))) throw stale('Event', id);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'EVENT',
        entityId: id,
        action: 'DELETE',
        changes: { title: event.title, date: event.date },
      });
      return true;
    });
  }

  private change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    compute: (em: EntityManager, event: EventEntity) => Promise<Partial<EventValues>>,
  ): Promise<EventDetail> {
    requireCoordinator(actor);
    return this.db.transaction(async (em) => {
      const event = await this.events.lockById(em, id);
      if (!event) throw notFound('Event', id);
      if (event.version !== version) throw stale('Event', id);
      const values = await compute(em, event);
      if (!(await this.events.updateIfVersion(em, id, version, values))) throw stale('Event', id);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'EVENT',
        entityId: id,
        action,
        changes: diff(event, values),
      });
      const [updated] = await this.events.findByIds(em, [id]);
      const [detail] = await this.events.details(em, [updated]);
      return detail;
    });
  }
}

const toRoadshowRow = (r: RoadshowInput) => ({
  startsAt: r.start,
  endsAt: r.end,
  speaker: r.speaker,
  title: r.title,
  achievementId: r.achievementId,
});

function toInput(e: EventEntity): Omit<EventInput, 'tables' | 'roadshows'> {
  return {
    title: e.title,
    theme: e.theme,
    organisers: e.organisers,
    venue: e.venue,
    date: e.date,
    registrationDeadline: e.registrationDeadline,
    dayStart: e.dayStart,
    dayEnd: e.dayEnd,
    slotMinutes: e.slotMinutes,
    breaks: e.breaks,
  };
}

function checkTime(field: string, value: string): number {
  if (!TIME.test(value))
    throw badInput(field, bilingual('时间格式须为 HH:MM', `${field} must be a time in HH:MM form`));
  return toMinutes(value);
}

function checkGrid(input: Omit<EventInput, 'tables' | 'roadshows'>): TimeRange[] {
  if (!(SLOT_LENGTHS as readonly number[]).includes(input.slotMinutes))
    throw badInput('slotMinutes', bilingual('每个时段须为 15、20 或 30 分钟', 'slotMinutes must be 15, 20 or 30'));
  if (checkTime('dayStart', input.dayStart) >= checkTime('dayEnd', input.dayEnd))
    throw badInput('dayEnd', bilingual('结束时间须晚于开始时间', 'dayEnd must be after dayStart'));
  for (const b of input.breaks)
    if (checkTime('breaks.start', b.start) >= checkTime('breaks.end', b.end))
      throw badInput(
        'breaks.end',
        bilingual('休息的结束时间须晚于开始时间', 'breaks.end must be after the break’s start'),
      );
  if (input.registrationDeadline > input.date)
    throw badInput(
      'registrationDeadline',
      bilingual('报名截止日期不能晚于对接会日期', 'registrationDeadline must not be after the event date'),
    );
  const grid = slotGrid(input.dayStart, input.dayEnd, input.slotMinutes, input.breaks);
  if (!grid.length)
    throw badInput(
      'dayEnd',
      bilingual(
        '按当前的起止时间和休息安排，连一个洽谈时段也排不下',
        'dayEnd leaves no room for a single meeting slot',
      ),
    );
  return grid;
}

function checkSetup(input: EventInput): void {
  const names = input.tables.map((t) => t.name);
  if (new Set(names).size !== names.length)
    throw badInput(
      'tables.name',
      bilingual('同一场对接会的洽谈桌名称不能重复', 'tables.name must be unique within the event'),
    );
  for (const r of input.roadshows)
    if (checkTime('roadshows.start', r.start) >= checkTime('roadshows.end', r.end))
      throw badInput(
        'roadshows.end',
        bilingual('路演的结束时间须晚于开始时间', 'roadshows.end must be after its start'),
      );
}

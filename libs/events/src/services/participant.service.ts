import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  badInput,
  bilingual,
  conflict,
  forbidden,
  isAlliance,
  notFound,
  OrganizationKind,
  unknownOrganization,
} from '@app/core';
import { appendAudit, Database } from '@app/database';
import { OrganizationRepository, UserService } from '@app/identity';
import { ParticipantEntity } from '../entities/event.entities';
import { meetingSize, registrationClosed, requireCoordinator, requireStatus, visibleEvent } from '../domain/rules';
import { EventStatus } from '../domain/values';
import { EventDetail, EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';

export interface RegistrationInput {
  orgId?: string;
  userIds?: string[];
  unavailableSlotIds: string[];
  maxMeetings?: number;
}

export interface GuestInput {
  name: string;
  organisationName: string;
  phone?: string | null;
  email?: string | null;
  unavailableSlotIds: string[];
  maxMeetings?: number;
}

/** Coordinators register until the day is over: walk-ins after publication get meetings in free seats. */
const COORDINATOR_REGISTERS = [EventStatus.OPEN, EventStatus.SCHEDULED, EventStatus.PUBLISHED];

/** Registrations: one per organisation and event, with its people, unavailable slots and maximum of meetings. */
@Injectable()
export class ParticipantService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly orgs: OrganizationRepository,
    private readonly users: UserService,
  ) {}

  list(actor: Actor, eventId: string): Promise<ParticipantEntity[]> {
    return this.db.read(async (em) => {
      const [event] = await this.events.findByIds(em, [eventId]);
      visibleEvent(actor, event, eventId);
      return this.events.participantsOf(em, eventId);
    });
  }

  /**
   * People register their own organisation while registration is open and before the deadline; coordinators
   * register anyone, after publication too (walk-ins). Registering again replaces the registration.
   */
  async register(actor: Actor, eventId: string, input: RegistrationInput): Promise<ParticipantEntity> {
    const coordinator = isAlliance(actor);
    const orgId = input.orgId ?? actor.orgId;
    if (!coordinator && orgId !== actor.orgId)
      throw forbidden(bilingual('您只能为本机构报名', 'You register your own organisation only'));
    const userIds = [...new Set(input.userIds ?? (coordinator ? [] : [actor.userId]))];
    // Read outside the transaction: units of work never nest.
    const people = await this.users.findByIds(userIds);
    const stranger = userIds.find((id) => people.find((u) => u.id === id)?.orgId !== orgId);
    if (stranger)
      throw badInput(
        'userIds',
        bilingual('所选参会人员不属于该机构', `userIds ${stranger} is not a member of the organisation`),
      );
    return this.db.transaction(async (em) => {
      const event = visibleEvent(actor, await this.events.lockById(em, eventId), eventId);
      if (coordinator) requireStatus(event, COORDINATOR_REGISTERS, bilingual('报名', 'registering'));
      else {
        requireStatus(event, [EventStatus.OPEN], bilingual('报名', 'registering'));
        if (registrationClosed(event.registrationDeadline))
          throw badInput(
            'registrationDeadline',
            bilingual(
              `报名已于 ${event.registrationDeadline} 截止，请联系联盟协调员`,
              `registrationDeadline passed on ${event.registrationDeadline}; ask a coordinator`,
            ),
          );
      }
      const [org] = await this.orgs.findByIds(em, [orgId]);
      if (!org) throw unknownOrganization();
      if (org.kind === OrganizationKind.ALLIANCE)
        throw badInput(
          'orgId',
          bilingual('参会机构须是高校院所或企业', 'orgId must name a university or an enterprise'),
        );
      const [detail] = await this.events.details(em, [event]);
      const { unavailableSlotIds, maxMeetings } = checkAvailability(detail, input);
      const existing = await this.events.participantOfOrg(em, eventId, orgId);
      if (existing) await this.keepsMeetings(em, detail, { ...existing, userIds, unavailableSlotIds, maxMeetings });
      const row = await this.events.upsertParticipant(em, { eventId, orgId, userIds, unavailableSlotIds, maxMeetings });
      // Tells a scheduler run that read the old registrations to start again; the coordinators' version stays.
      await this.events.bumpRoster(em, eventId);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'EVENT_PARTICIPANT',
        entityId: row.id,
        action: 'REGISTER',
        changes: { eventId, orgId, userIds, maxMeetings },
      });
      return row;
    });
  }

  /** A guest without an account (coordinators only): name, organisation name and a phone number or an e-mail. */
  registerGuest(actor: Actor, eventId: string, input: GuestInput): Promise<ParticipantEntity> {
    requireCoordinator(actor);
    const [guestName, guestOrgName] = [input.name.trim(), input.organisationName.trim()];
    if (!guestName) throw badInput('name', bilingual('嘉宾姓名不能为空', 'name must not be empty'));
    if (!guestOrgName)
      throw badInput('organisationName', bilingual('嘉宾所在单位不能为空', 'organisationName must not be empty'));
    const guestPhone = input.phone?.trim() || null;
    const guestEmail = input.email?.trim().toLowerCase() || null;
    if (!guestPhone && !guestEmail)
      throw badInput('phone', bilingual('请填写嘉宾的电话或电子邮箱', 'phone or email is needed to reach a guest'));
    return this.db.transaction(async (em) => {
      const event = visibleEvent(actor, await this.events.lockById(em, eventId), eventId);
      requireStatus(event, COORDINATOR_REGISTERS, bilingual('报名', 'registering'));
      const [detail] = await this.events.details(em, [event]);
      const { unavailableSlotIds, maxMeetings } = checkAvailability(detail, input);
      const row = await this.events.insertGuest(em, {
        eventId,
        guestName,
        guestOrgName,
        guestPhone,
        guestEmail,
        unavailableSlotIds,
        maxMeetings,
      });
      await this.events.bumpRoster(em, eventId);
      // The audit names the guest, not their contact details.
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'EVENT_PARTICIPANT',
        entityId: row.id,
        action: 'REGISTER_GUEST',
        changes: { eventId, guestName, guestOrgName, maxMeetings },
      });
      return row;
    });
  }

  /**
   * A re-registration must not silently break meetings already placed: none in a slot now unavailable, no more than
   * the new maximum, and each still fits its table with the new number of people. The organiser moves them first.
   */
  private async keepsMeetings(em: EntityManager, detail: EventDetail, next: ParticipantEntity): Promise<void> {
    const seats = await this.meetings.meetingIdsOfParticipant(em, next.id);
    if (!seats.length) return;
    const placed = await this.meetings.meetingsByIds(
      em,
      seats.map((s) => s.meetingId),
    );
    const slotOf = new Map(detail.slots.map((s) => [s.id, s]));
    const tableOf = new Map(detail.tables.map((t) => [t.id, t]));
    const at = (slotId: string) => {
      const slot = slotOf.get(slotId);
      return slot ? `${slot.startsAt}–${slot.endsAt}` : slotId;
    };
    const byTime = [...placed].sort((a, b) => at(a.slotId).localeCompare(at(b.slotId)));
    const clash = byTime.find((m) => next.unavailableSlotIds.includes(m.slotId));
    if (clash)
      throw conflict(
        bilingual(
          `${at(clash.slotId)} 已安排了一场洽谈，该时段不能设为不可参加；请先移动或撤下这场洽谈`,
          `Meeting ${clash.id} is scheduled at ${at(clash.slotId)} (slot ${clash.slotId}), now marked unavailable; move or unschedule it first`,
        ),
      );
    if (placed.length > next.maxMeetings) {
      throw conflict(
        bilingual(
          `已排入 ${placed.length} 场洽谈（${byTime.map((m) => at(m.slotId)).join('、')}），超过新的上限 ${next.maxMeetings} 场；请先撤下部分洽谈`,
          `${placed.length} meetings are already scheduled (at ${byTime.map((m) => at(m.slotId)).join(', ')}), more than the new maximum of ${next.maxMeetings}; unschedule some first`,
        ),
      );
    }
    const requests = await this.meetings.requestsByIds(
      em,
      placed.map((m) => m.requestId),
    );
    const others = await this.events.participantsByIds(
      em,
      requests.map((r) => (r.fromParticipantId === next.id ? r.toParticipantId : r.fromParticipantId)),
    );
    for (const m of byTime) {
      const r = requests.find((x) => x.id === m.requestId);
      const other = others.find(
        (p) => r && p.id === (r.fromParticipantId === next.id ? r.toParticipantId : r.fromParticipantId),
      );
      const table = tableOf.get(m.tableId);
      if (!other || !table) continue;
      const size = meetingSize(next, other);
      if (size > table.capacity)
        throw conflict(
          bilingual(
            `${at(m.slotId)} 的洽谈在 ${table.name}，只有 ${table.capacity} 个座位，这些人员需要 ${size} 个；请先移动这场洽谈`,
            `Meeting ${m.id} at ${at(m.slotId)} is at table ${table.name}, which seats ${table.capacity}; with these people it needs ${size}; move it first`,
          ),
        );
    }
  }

  /** At the desk on the day; checking in twice keeps the first time. */
  checkIn(actor: Actor, participantId: string): Promise<ParticipantEntity> {
    requireCoordinator(actor);
    return this.db.transaction(async (em) => {
      const [p] = await this.events.participantsByIds(em, [participantId]);
      if (!p) throw notFound('Participant', participantId);
      const [event] = await this.events.findByIds(em, [p.eventId]);
      requireStatus(event, [EventStatus.PUBLISHED], bilingual('签到', 'check-in'));
      await this.events.checkIn(em, participantId);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'EVENT_PARTICIPANT',
        entityId: p.id,
        action: 'CHECK_IN',
        changes: {},
      });
      const [updated] = await this.events.participantsByIds(em, [participantId]);
      return updated;
    });
  }
}

function checkAvailability(
  detail: EventDetail,
  input: { unavailableSlotIds: string[]; maxMeetings?: number },
): { unavailableSlotIds: string[]; maxMeetings: number } {
  const slotIds = new Set(detail.slots.map((s) => s.id));
  const unknown = input.unavailableSlotIds.find((s) => !slotIds.has(s));
  if (unknown)
    throw badInput(
      'unavailableSlotIds',
      bilingual('所选时段不属于该对接会', `unavailableSlotIds ${unknown} is not a slot of this event`),
    );
  const maxMeetings = input.maxMeetings ?? detail.slots.length;
  if (maxMeetings > detail.slots.length)
    throw badInput(
      'maxMeetings',
      bilingual(
        `洽谈上限不能超过对接会的 ${detail.slots.length} 个时段`,
        `maxMeetings must be at most the ${detail.slots.length} slots of the event`,
      ),
    );
  return { unavailableSlotIds: [...new Set(input.unavailableSlotIds)], maxMeetings };
}

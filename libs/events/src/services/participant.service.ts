import { Injectable } from '@nestjs/common';
import { Actor, badInput, forbidden, isAlliance, notFound, OrganizationKind } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { OrganizationRepository, UserService } from '@app/identity';
import { ParticipantEntity } from '../entities/event.entities';
import { requireCoordinator, requireStatus, visibleEvent } from '../domain/rules';
import { EventStatus } from '../domain/values';
import { EventRepository } from '../repositories/event.repository';

export interface RegistrationInput {
  orgId?: string;
  userIds?: string[];
  unavailableSlotIds: string[];
  maxMeetings?: number;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Registrations: one per organisation and event, with its people, unavailable slots and maximum of meetings. */
@Injectable()
export class ParticipantService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
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
   * register anyone until the schedule is published. Registering again replaces the registration.
   */
  async register(actor: Actor, eventId: string, input: RegistrationInput): Promise<ParticipantEntity> {
    const coordinator = isAlliance(actor);
    const orgId = input.orgId ?? actor.orgId;
    if (!coordinator && orgId !== actor.orgId) throw forbidden('You register your own organisation only');
    const userIds = [...new Set(input.userIds ?? (coordinator ? [] : [actor.userId]))];
    // Read outside the transaction: units of work never nest.
    const people = await this.users.findByIds(userIds);
    const stranger = userIds.find((id) => people.find((u) => u.id === id)?.orgId !== orgId);
    if (stranger) throw badInput('userIds', `${stranger} is not a member of the organisation`);
    return this.db.transaction(async (em) => {
      const event = visibleEvent(actor, await this.events.lockById(em, eventId), eventId);
      if (coordinator) requireStatus(event, [EventStatus.OPEN, EventStatus.SCHEDULED], 'registering');
      else {
        requireStatus(event, [EventStatus.OPEN], 'registering');
        if (today() > event.registrationDeadline) throw badInput('registrationDeadline', `passed on ${event.registrationDeadline}; ask a coordinator`);
      }
      const [org] = await this.orgs.findByIds(em, [orgId]);
      if (!org) throw badInput('orgId', 'does not name an existing organization');
      if (org.kind === OrganizationKind.ALLIANCE) throw badInput('orgId', 'must name a university or an enterprise');
      const [detail] = await this.events.details(em, [event]);
      const slotIds = new Set(detail.slots.map((s) => s.id));
      const unknown = input.unavailableSlotIds.find((s) => !slotIds.has(s));
      if (unknown) throw badInput('unavailableSlotIds', `${unknown} is not a slot of this event`);
      const maxMeetings = input.maxMeetings ?? detail.slots.length;
      if (maxMeetings > detail.slots.length) throw badInput('maxMeetings', `must be at most the ${detail.slots.length} slots of the event`);
      const row = await this.events.upsertParticipant(em, { eventId, orgId, userIds, unavailableSlotIds: [...new Set(input.unavailableSlotIds)], maxMeetings });
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'EVENT_PARTICIPANT', entityId: row.id, action: 'REGISTER', changes: { eventId, orgId, userIds, maxMeetings } });
      return row;
    });
  }

  /** At the desk on the day; checking in twice keeps the first time. */
  checkIn(actor: Actor, participantId: string): Promise<ParticipantEntity> {
    requireCoordinator(actor);
    return this.db.transaction(async (em) => {
      const [p] = await this.events.participantsByIds(em, [participantId]);
      if (!p) throw notFound('Participant', participantId);
      const [event] = await this.events.findByIds(em, [p.eventId]);
      requireStatus(event, [EventStatus.PUBLISHED], 'check-in');
      await this.events.checkIn(em, participantId);
      await appendAudit(em, { actorUserId: actor.userId, entityType: 'EVENT_PARTICIPANT', entityId: p.id, action: 'CHECK_IN', changes: {} });
      const [updated] = await this.events.participantsByIds(em, [participantId]);
      return updated;
    });
  }
}

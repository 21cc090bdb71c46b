import {
  Actor,
  badInput,
  bilingual,
  forbidden,
  isAlliance,
  type LocalText,
  notFound,
  staleVersion,
  statusLabel,
} from '@app/core';
import { today } from '@app/catalog';
import { EventEntity, MeetingRequestEntity, ParticipantEntity } from '../entities/event.entities';
import { EventStatus, MeetingRequestStatus } from './values';

export function requireCoordinator(actor: Actor): void {
  if (!isAlliance(actor))
    throw forbidden(bilingual('只有联盟协调员可以管理对接会', 'Only alliance coordinators manage events'));
}

/** Drafts exist for coordinators only; everyone else is told they do not exist. */
export function visibleEvent(actor: Actor, event: EventEntity | null | undefined, id: string): EventEntity {
  if (!event || (event.status === EventStatus.DRAFT && !isAlliance(actor))) throw notFound('Event', id);
  return event;
}

/** `doing` names the action in each language, e.g. bilingual('开放报名', 'opening registration'). */
export function requireStatus(event: EventEntity, allowed: EventStatus[], doing: LocalText): void {
  if (allowed.includes(event.status)) return;
  const zh = `对接会当前为“${statusLabel('event', event.status)}”，${doing['zh-CN']}须在${allowed.map((s) => `“${statusLabel('event', s)}”`).join('或')}状态下进行`;
  throw badInput('status', bilingual(zh, `status is ${event.status}; ${doing.en} needs ${allowed.join(' or ')}`));
}

/** A PENDING request past its expiry reads as EXPIRED; expiry is applied on read, no sweeper needed. */
export function effectiveStatus(r: MeetingRequestEntity, now: Date): MeetingRequestStatus {
  return r.status === MeetingRequestStatus.PENDING && r.expiresAt && r.expiresAt <= now
    ? MeetingRequestStatus.EXPIRED
    : r.status;
}

/** The organisation is the party: any of its people acts for its registration. */
export function actsFor(actor: Actor, participant: ParticipantEntity): boolean {
  return participant.orgId !== null && participant.orgId === actor.orgId;
}

/** Two registrations of the same party (one organisation): a party does not meet itself. */
export const sameParty = (a: ParticipantEntity, b: ParticipantEntity): boolean =>
  a.id === b.id || (a.orgId !== null && a.orgId === b.orgId);

/** What people read for a participant: the organisation's name, or a guest's organisation and name. */
export function participantLabel(p: ParticipantEntity, orgNames: ReadonlyMap<string, string>): string {
  if (p.orgId) return orgNames.get(p.orgId) ?? p.id;
  return `${p.guestOrgName ?? ''}（${p.guestName ?? ''}）`;
}

export const orgIdsOf = (participants: readonly ParticipantEntity[]): string[] => [
  ...new Set(participants.map((p) => p.orgId).filter((id): id is string => id !== null)),
];

export function requireMember(actor: Actor, participant: ParticipantEntity, doing: LocalText): void {
  if (!actsFor(actor, participant))
    throw forbidden(
      bilingual(`只有该参会机构的人员可以${doing['zh-CN']}`, `Only the participant’s own people may ${doing.en}`),
    );
}

export const stale = (what: string, id: string) => staleVersion(what, id);

/** People at the table for a meeting between two registrations (at least one each). */
export const meetingSize = (a: ParticipantEntity, b: ParticipantEntity): number =>
  Math.max(1, a.userIds.length) + Math.max(1, b.userIds.length);

/** Registration closes after the deadline day, counted on the alliance's calendar (Asia/Shanghai), not UTC. */
export const registrationClosed = (deadline: string, now: Date = new Date()): boolean => today(now) > deadline;

/** The end of the event day (its `dayEnd`, Asia/Shanghai): no request may stay open past it. */
export const eventDayEnd = (event: Pick<EventEntity, 'date' | 'dayEnd'>): Date =>
  new Date(`${event.date}T${event.dayEnd}:00+08:00`);

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationSender, OutgoingNotification } from '@app/matching';
import { OrganizationRepository, UserRepository } from '@app/identity';
import { ParticipantEntity } from '../entities/event.entities';
import { EventNotice, noticeText } from '../domain/notices';
import { orgIdsOf, participantLabel } from '../domain/rules';

/**
 * In-app notices of an event through the shared NotificationSender, inside the caller's transaction (a change
 * that rolls back tells nobody). Everyone of a participant's organisation hears, as any of them acts for it,
 * never the person who acted; guests have no account and hear nothing here.
 */
@Injectable()
export class EventNotices {
  constructor(
    private readonly sender: NotificationSender,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
  ) {}

  async send(
    em: EntityManager,
    eventId: string,
    to: readonly ParticipantEntity[],
    notice: EventNotice | ((p: ParticipantEntity) => EventNotice),
    actorUserId: string | null,
  ): Promise<void> {
    const people = await this.users.idsOfOrgs(em, orgIdsOf(to));
    const notes: OutgoingNotification[] = [];
    const seen = new Set<string>();
    for (const p of to) {
      const n = typeof notice === 'function' ? notice(p) : notice;
      const message = noticeText(n);
      for (const u of people) {
        const key = `${u.id}|${message['zh-CN']}`;
        if (u.orgId !== p.orgId || u.id === actorUserId || seen.has(key)) continue;
        seen.add(key);
        notes.push({ userId: u.id, kind: n.kind, matchRequestId: null, eventId, message });
      }
    }
    await this.sender.send(em, notes);
  }

  /** Names people read for participants, by participant id. */
  async labels(em: EntityManager, participants: readonly ParticipantEntity[]): Promise<Map<string, string>> {
    const names = new Map((await this.orgs.findByIds(em, orgIdsOf(participants))).map((o) => [o.id, o.name]));
    return new Map(participants.map((p) => [p.id, participantLabel(p, names)]));
  }
}

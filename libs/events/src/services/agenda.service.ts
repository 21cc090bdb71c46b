import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, bilingual, currentLanguage, forbidden, isAlliance, localise, notFound } from '@app/core';
import { Database } from '@app/database';
import { AchievementRepository } from '@app/catalog';
import { OrganizationRepository } from '@app/identity';
import {
  EventEntity,
  EventSlotEntity,
  EventTableEntity,
  MeetingEntity,
  ParticipantEntity,
  RoadshowEntity,
} from '../entities/event.entities';
import { buildIcs, IcsEntry } from '../domain/ics';
import { actsFor, orgIdsOf, participantLabel, requireCoordinator, visibleEvent } from '../domain/rules';
import { EventStatus } from '../domain/values';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';
import { visibleRoadshows } from './roadshow-achievements';

export interface AgendaItem {
  meeting: MeetingEntity;
  slot: EventSlotEntity;
  table: EventTableEntity;
  counterpart: ParticipantEntity;
}

export interface Agenda {
  event: EventEntity;
  participant: ParticipantEntity;
  /** False while the schedule is preliminary: participants then see the roadshow only. */
  published: boolean;
  meetings: AgendaItem[];
  roadshows: RoadshowEntity[];
}

const PUBLIC_SCHEDULE = [EventStatus.PUBLISHED, EventStatus.CLOSED];

/** Calendar texts in the request's language (Chinese for calendar apps, which send none). */
const say = (zh: string, en: string): string => localise(bilingual(zh, en), currentLanguage());

/** Each participant's day: their meetings (once published) and the roadshow, in GraphQL and as an ICS file. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly orgs: OrganizationRepository,
    private readonly achievements: AchievementRepository,
  ) {}

  /** Without `participantId`, the caller's own organisation's agenda; coordinators may ask for anyone's. */
  agenda(actor: Actor, eventId: string, participantId: string | null): Promise<Agenda> {
    return this.db.read((em) => this.load(em, actor, eventId, participantId));
  }

  /** The preliminary or published schedule of the whole event, for coordinators. */
  meetingsOf(actor: Actor, eventId: string): Promise<MeetingEntity[]> {
    requireCoordinator(actor);
    return this.db.read((em) => this.meetings.meetingsOf(em, eventId));
  }

  async ics(actor: Actor, eventId: string, participantId: string | null, now = new Date()): Promise<string> {
    return this.db.read(async (em) => {
      const agenda = await this.load(em, actor, eventId, participantId);
      return buildIcs(agenda.event.title, await this.entries(em, agenda), now);
    });
  }

  /** Every published agenda of the person's organisation, for a calendar subscription (the newest 200 events). */
  async personalFeed(actor: Actor, now = new Date()): Promise<string> {
    return this.db.read(async (em) => {
      const entries: IcsEntry[] = [];
      for (const p of await this.events.participationsOfOrg(em, actor.orgId, PUBLIC_SCHEDULE)) {
        entries.push(...(await this.entries(em, await this.load(em, actor, p.eventId, p.id))));
      }
      return buildIcs(say('秀水科创联盟 对接会日程', 'Xiushui alliance: matchmaking agendas'), entries, now);
    });
  }

  private async entries(em: EntityManager, agenda: Agenda): Promise<IcsEntry[]> {
    const names = new Map(
      (await this.orgs.findByIds(em, orgIdsOf([agenda.participant, ...agenda.meetings.map((m) => m.counterpart)]))).map(
        (o) => [o.id, o.name],
      ),
    );
    const label = (p: ParticipantEntity) => participantLabel(p, names);
    const { event } = agenda;
    const entries: IcsEntry[] = [
      ...agenda.roadshows.map((r) => ({
        uid: `roadshow-${r.id}@xiushui`,
        date: event.date,
        start: r.startsAt,
        end: r.endsAt,
        summary: `${say('路演', 'Roadshow')}: ${r.title || r.speaker}`,
        location: event.venue,
        description: `${r.speaker}${event.theme ? `\n${event.theme}` : ''}`,
      })),
      ...agenda.meetings.map((m) => ({
        uid: `meeting-${m.meeting.id}@xiushui`,
        date: event.date,
        start: m.slot.startsAt,
        end: m.slot.endsAt,
        summary: `${say('对接洽谈', 'Meeting')}: ${label(m.counterpart)}`,
        location: `${event.venue}, ${m.table.name}`,
        description: `${event.title}\n${label(agenda.participant)} ↔ ${label(m.counterpart)}`,
      })),
    ];
    return entries;
  }

  private async load(em: EntityManager, actor: Actor, eventId: string, participantId: string | null): Promise<Agenda> {
    const [found] = await this.events.findByIds(em, [eventId]);
    const event = visibleEvent(actor, found, eventId);
    const participant = participantId
      ? (await this.events.participantsByIds(em, [participantId])).find((p) => p.eventId === eventId)
      : await this.events.participantOfOrg(em, eventId, actor.orgId);
    if (!participant) throw notFound('Participant', participantId ?? 'of your organisation');
    if (!isAlliance(actor) && !actsFor(actor, participant))
      throw forbidden(bilingual('您只能查看本机构的日程', 'You see your own organisation’s agenda only'));
    const [detail] = await this.events.details(em, [event]);
    const published = PUBLIC_SCHEDULE.includes(event.status);
    let meetings: AgendaItem[] = [];
    if (published || isAlliance(actor)) {
      const seats = await this.meetings.meetingIdsOfParticipant(em, participant.id);
      const rows = await this.meetings.meetingsByIds(
        em,
        seats.map((s) => s.meetingId),
      );
      const requests = new Map(
        (
          await this.meetings.requestsByIds(
            em,
            rows.map((m) => m.requestId),
          )
        ).map((r) => [r.id, r]),
      );
      const others = rows
        .map((m) => requests.get(m.requestId))
        .map((r) => (r?.fromParticipantId === participant.id ? r.toParticipantId : (r?.fromParticipantId ?? '')));
      const people = new Map((await this.events.participantsByIds(em, others)).map((p) => [p.id, p]));
      const slots = new Map(detail.slots.map((s) => [s.id, s]));
      const tables = new Map(detail.tables.map((t) => [t.id, t]));
      meetings = rows
        .map((meeting, i) => ({
          meeting,
          slot: slots.get(meeting.slotId),
          table: tables.get(meeting.tableId),
          counterpart: people.get(others[i]),
        }))
        .filter((m): m is AgendaItem => !!m.slot && !!m.table && !!m.counterpart)
        .sort((a, b) => a.slot.position - b.slot.position);
    }
    return {
      event,
      participant,
      published,
      meetings,
      roadshows: await visibleRoadshows(em, this.achievements, actor, detail.roadshows),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { AchievementStatus, Actor, NeedStatus } from '@app/core';
import { AchievementEntity, AchievementService, NeedService, NeedView } from '@app/catalog';
import { Database } from '@app/database';
import { EventSlotEntity, EventTableEntity, MeetingRequestEntity, ParticipantEntity } from '../entities/event.entities';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';

/** Listings shown with each participant on the board, at most. */
export const LISTINGS_PER_PARTICIPANT = 20;

export interface ParticipantListings {
  achievements: AchievementEntity[];
  /** Only needs the caller may see whole: a confidential need is never shown beside its enterprise's name. */
  needs: NeedView[];
}

/**
 * Batch reads behind the board's nested fields (one query per kind and request, through DataLoaders). Rows are
 * returned in the order of the ids asked for, null where there is none. Participants, slots and tables are what
 * anyone who sees the event sees; listings go through the catalog's own visibility rules for the caller.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly achievements: AchievementService,
    private readonly needs: NeedService,
  ) {}

  participants(ids: readonly string[]): Promise<(ParticipantEntity | null)[]> {
    return this.db.read(async (em) => ordered(ids, await this.events.participantsByIds(em, ids)));
  }

  slots(ids: readonly string[]): Promise<(EventSlotEntity | null)[]> {
    return this.db.read(async (em) => ordered(ids, await this.events.slotsByIds(em, ids)));
  }

  tables(ids: readonly string[]): Promise<(EventTableEntity | null)[]> {
    return this.db.read(async (em) => ordered(ids, await this.events.tablesByIds(em, ids)));
  }

  /** The two sides of each meeting request, in the order asked for. */
  parties(requestIds: readonly string[]): Promise<([string, string] | null)[]> {
    return this.db.read(async (em) =>
      ordered(requestIds, await this.meetings.requestsByIds(em, requestIds)).map((r: MeetingRequestEntity | null) =>
        r ? [r.fromParticipantId, r.toParticipantId] : null,
      ),
    );
  }

  /** Published achievements and open needs of each organisation, as the caller may see them. */
  async listings(actor: Actor, orgIds: readonly string[]): Promise<ParticipantListings[]> {
    const first = Math.min(1000, LISTINGS_PER_PARTICIPANT * orgIds.length);
    const achievements = (
      await this.achievements.list(actor, { orgIds: [...orgIds], statuses: [AchievementStatus.PUBLISHED] }, first, null)
    ).items;
    const needs = (
      await this.needs.list(actor, { orgIds: [...orgIds], statuses: [NeedStatus.OPEN] }, first, null)
    ).items.filter((v) => !v.teaser);
    return orgIds.map((orgId) => ({
      achievements: achievements.filter((a) => a.orgId === orgId).slice(0, LISTINGS_PER_PARTICIPANT),
      needs: needs.filter((v) => !v.teaser && v.need.orgId === orgId).slice(0, LISTINGS_PER_PARTICIPANT),
    }));
  }
}

function ordered<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

import { Injectable } from '@nestjs/common';
import { Actor, badInput, bilingual, NeedStatus, OrganizationKind } from '@app/core';
import { AchievementRepository, NeedRepository } from '@app/catalog';
import { Database } from '@app/database';
import { OrganizationRepository } from '@app/identity';
import { MatchingService } from '@app/matching';
import { effectiveStatus, orgIdsOf, requireCoordinator, visibleEvent } from '../domain/rules';
import { MeetingRequestStatus } from '../domain/values';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';

export interface MeetingSuggestion {
  enterpriseParticipantId: string;
  instituteParticipantId: string;
  needId: string;
  achievementId: string;
  score: number;
  reasons: string[];
}

const PER_NEED = 50;
const NEEDS_PER_ORG = 100;
export const MAX_SUGGESTIONS = 100;

/**
 * Enterprise ↔ institute pairs worth a meeting: the matching engine's best score between an enterprise's open needs
 * and a registered university's published achievements, skipping pairs that already have a live request.
 */
@Injectable()
export class SuggestionService {
  constructor(
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly orgs: OrganizationRepository,
    private readonly needs: NeedRepository,
    private readonly achievements: AchievementRepository,
    private readonly matching: MatchingService,
  ) {}

  async suggest(actor: Actor, eventId: string, first: number): Promise<MeetingSuggestion[]> {
    requireCoordinator(actor);
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS)
      throw badInput(
        'first',
        bilingual(`数量须在 1 到 ${MAX_SUGGESTIONS} 之间`, `first must be between 1 and ${MAX_SUGGESTIONS}`),
      );
    const now = new Date();
    const { participants, orgs, requests, needs } = await this.db.read(async (em) => {
      const [event] = await this.events.findByIds(em, [eventId]);
      visibleEvent(actor, event, eventId);
      const participants = await this.events.participantsOf(em, eventId);
      const orgs = await this.orgs.findByIds(em, orgIdsOf(participants));
      const enterprises = orgs.filter((o) => o.kind === OrganizationKind.ENTERPRISE).map((o) => o.id);
      const needs = enterprises.length
        ? (
            await this.needs.listVisible(
              em,
              { orgIds: enterprises, statuses: [NeedStatus.OPEN] },
              null,
              NEEDS_PER_ORG * enterprises.length,
              null,
            )
          ).items
        : [];
      return { participants, orgs, requests: await this.meetings.requestsOf(em, eventId), needs };
    });
    const kindOf = new Map(orgs.map((o) => [o.id, o.kind]));
    // Guests have no listings: suggestions pair registered organisations only.
    const participantOfOrg = new Map(participants.flatMap((p) => (p.orgId ? [[p.orgId, p] as const] : [])));
    const institutes = new Set(
      [...participantOfOrg.keys()].filter((orgId) => kindOf.get(orgId) === OrganizationKind.UNIVERSITY),
    );
    const taken = new Set(
      requests
        .filter((r) => [MeetingRequestStatus.PENDING, MeetingRequestStatus.ACCEPTED].includes(effectiveStatus(r, now)))
        .flatMap((r) => [`${r.fromParticipantId}|${r.toParticipantId}`, `${r.toParticipantId}|${r.fromParticipantId}`]),
    );
    const best = new Map<string, MeetingSuggestion>();
    // One ranking per need, each its own unit of work: never inside another.
    for (const need of needs) {
      const enterprise = participantOfOrg.get(need.orgId);
      if (!enterprise) continue;
      const matches = await this.matching.forNeed(actor, need.id, PER_NEED);
      const owners = await this.db.read((em) =>
        this.achievements.findByIds(
          em,
          matches.map((m) => m.achievement.id),
        ),
      );
      // Owner and title as stored: the ranking may have read the search engine's copy (display form).
      const ownerOf = new Map(owners.map((a) => [a.id, a]));
      for (const m of matches) {
        const owner = ownerOf.get(m.achievement.id);
        const orgId = owner?.orgId;
        const institute = orgId && institutes.has(orgId) ? participantOfOrg.get(orgId) : undefined;
        if (!institute) continue;
        const key = `${enterprise.id}|${institute.id}`;
        if (taken.has(key) || (best.get(key)?.score ?? -1) >= m.score) continue;
        const reasons = [
          `需求「${need.title}」↔ 成果「${owner?.title ?? m.achievement.title}」`,
          ...m.reasons.filter((r) => r.contribution > 0).map((r) => r.message),
        ];
        best.set(key, {
          enterpriseParticipantId: enterprise.id,
          instituteParticipantId: institute.id,
          needId: need.id,
          achievementId: m.achievement.id,
          score: m.score,
          reasons,
        });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, first);
  }
}

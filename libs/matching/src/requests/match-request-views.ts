import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '@app/core';
import { AchievementEntity, AchievementRepository, isInsider, NeedRepository, NeedView, viewNeed } from '@app/catalog';
import { MatchRequestEntity } from './match-request.entity';
import { MatchRequestRepository } from './match-request.repository';
import { receiverOrgId, senderOrgId, sideOf, Side } from './transitions';

export interface PersonContact {
  name: string;
  email: string;
}

/** Revealed to both sides only once the request was accepted. */
export interface MatchContacts {
  achievementContact: string;
  needContact: string | null;
  requester: PersonContact | null;
  responder: PersonContact | null;
}

/** A request as one caller may see it; built here so no resolver can leak what the caller may not see. */
export interface MatchRequestView {
  request: MatchRequestEntity;
  side: Side;
  achievement: AchievementEntity;
  need: NeedView | null;
  /** Null while the enterprise stays anonymous: a confidential need before acceptance. */
  enterpriseOrgId: string | null;
  /** Set when the enterprise is anonymous (某<industry>企业). */
  enterpriseLabel: string | null;
  contacts: MatchContacts | null;
}

@Injectable()
export class MatchRequestViews {
  constructor(
    private readonly requests: MatchRequestRepository,
    private readonly achievements: AchievementRepository,
    private readonly needs: NeedRepository,
  ) {}

  /** Loads what the rows refer to in three batched queries (sequential: PGlite has one session). */
  async build(em: EntityManager, actor: Actor, rows: readonly MatchRequestEntity[]): Promise<MatchRequestView[]> {
    const achievements = new Map(
      (await this.achievements.findByIds(em, unique(rows.map((r) => r.achievementId)))).map((a) => [a.id, a]),
    );
    const needs = new Map(
      (await this.needs.findByIds(em, unique(rows.flatMap((r) => (r.needId ? [r.needId] : []))))).map((n) => [n.id, n]),
    );
    const revealed = rows.filter((r) => r.acceptedAt !== null);
    const users = new Map(
      (
        await this.requests.usersByIds(
          em,
          unique(revealed.flatMap((r) => [r.requestedBy, r.answeredBy ?? r.requestedBy])),
        )
      ).map((u) => [u.id, u]),
    );
    // A coordinator who answered for a university is not that university's contact person.
    const person = (id: string | null, orgId: string): PersonContact | null => {
      const u = id ? users.get(id) : undefined;
      return u && u.orgId === orgId ? { name: u.displayName, email: u.email } : null;
    };
    return rows.map((request) => {
      const achievement = achievements.get(request.achievementId) as AchievementEntity;
      const needRow = request.needId ? (needs.get(request.needId) ?? null) : null;
      const accepted = request.acceptedAt !== null;
      // A confidential need stays a teaser for the university side until it accepts; then both sides work on it.
      const need: NeedView | null = needRow
        ? accepted || isInsider(actor, needRow)
          ? { teaser: false, need: needRow }
          : viewNeed(actor, needRow)
        : null;
      const anonymous = need?.teaser === true;
      return {
        request,
        side: sideOf(actor, request),
        achievement,
        need,
        enterpriseOrgId: anonymous ? null : request.enterpriseOrgId,
        enterpriseLabel: need?.teaser ? need.need.ownerLabel : null,
        contacts: accepted
          ? {
              achievementContact: achievement.contact,
              needContact: needRow?.contact ?? null,
              requester: person(request.requestedBy, senderOrgId(request)),
              responder: person(request.answeredBy, receiverOrgId(request)),
            }
          : null,
      };
    });
  }
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

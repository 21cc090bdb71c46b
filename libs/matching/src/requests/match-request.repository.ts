import { Injectable } from '@nestjs/common';
import { updateIfVersion } from '@app/database';
import { EntityManager, In } from 'typeorm';
import { Cursor, encodeCursor, Page } from '@app/core';
import { UserEntity } from '@app/identity';
import { MatchRequestEntity } from './match-request.entity';
import { MatchRequestStatus, OPEN_STATUSES } from './match-request.types';

export interface MatchRequestFilter {
  statuses?: MatchRequestStatus[];
  needId?: string;
  achievementId?: string;
}

export type MatchRequestValues = Omit<MatchRequestEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** One row of the coordinators' report: a request with the names it is grouped by. */
export interface MatchReportRow {
  id: string;
  status: MatchRequestStatus;
  direction: string;
  industry: string;
  universityId: string;
  universityName: string;
  enterpriseId: string;
  enterpriseName: string;
  achievementKey: string;
  achievementTitle: string;
  needKey: string | null;
  needTitle: string | null;
  message: string;
  declineReason: string | null;
  declineNote: string | null;
  closeReason: string | null;
  contractAmountWan: number | null;
  contractNumber: string | null;
  createdAt: Date;
  answeredAt: Date | null;
  acceptedAt: Date | null;
}

/** A request's move to a stage, as the audit log has it. */
export interface StageMoveRow {
  requestId: string;
  enterpriseOrgId: string;
  universityOrgId: string;
  to: MatchRequestStatus;
  at: Date;
  eventMeetingId: string | null;
}

@Injectable()
export class MatchRequestRepository {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<MatchRequestEntity[]> {
    return ids.length ? em.find(MatchRequestEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  findOpenForPair(
    em: EntityManager,
    enterpriseOrgId: string,
    needId: string | null,
    achievementId: string,
  ): Promise<MatchRequestEntity | null> {
    return em
      .createQueryBuilder(MatchRequestEntity, 'r')
      .where('COALESCE(r.need_id, r.enterprise_org_id) = :pair AND r.achievement_id = :achievementId', {
        pair: needId ?? enterpriseOrgId,
        achievementId,
      })
      .andWhere('r.status IN (:...open)', { open: OPEN_STATUSES })
      .getOne();
  }

  insert(em: EntityManager, values: MatchRequestValues): Promise<MatchRequestEntity> {
    return em.save(MatchRequestEntity, em.create(MatchRequestEntity, { ...values, version: 1 }));
  }

  /** Optimistic update: false when the row moved on since `version` was read. */
  updateIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    values: Partial<MatchRequestValues>,
  ): Promise<boolean> {
    return updateIfVersion(em, MatchRequestEntity, id, version, values as Partial<MatchRequestEntity>);
  }

  /** The two organisations' ACCEPTED requests, whichever is the enterprise; the caller moves them through the table. */
  findAcceptedBetween(em: EntityManager, orgA: string, orgB: string): Promise<MatchRequestEntity[]> {
    return em
      .createQueryBuilder(MatchRequestEntity, 'r')
      .where('r.status = :accepted', { accepted: MatchRequestStatus.ACCEPTED })
      .andWhere(
        '((r.enterprise_org_id = :orgA AND r.university_org_id = :orgB) OR (r.enterprise_org_id = :orgB AND r.university_org_id = :orgA))',
        { orgA, orgB },
      )
      .orderBy('r.created_at')
      .addOrderBy('r.id')
      .getMany();
  }

  /**
   * Stage moves (from the audit log) of requests between any two of `orgIds`, to one of `stages`, made in
   * [from, to) or naming one of `eventMeetingIds`: the raw material of an event's "matches advanced".
   */
  async stageMovesAmong(
    em: EntityManager,
    orgIds: readonly string[],
    stages: readonly MatchRequestStatus[],
    from: Date,
    to: Date,
    eventMeetingIds: readonly string[],
  ): Promise<StageMoveRow[]> {
    if (!orgIds.length || !stages.length) return [];
    const rows: {
      request_id: string;
      enterprise_org_id: string;
      university_org_id: string;
      action: MatchRequestStatus;
      at: Date | string;
      event_meeting_id: string | null;
    }[] = await em.query(
      `SELECT r.id AS request_id, r.enterprise_org_id, r.university_org_id, a.action, a.at, a.changes->>'eventMeetingId' AS event_meeting_id
         FROM audit_log a JOIN match_requests r ON r.id = a.entity_id
        WHERE a.entity_type = 'MATCH_REQUEST' AND a.action = ANY($1::text[])
          AND r.enterprise_org_id = ANY($2::uuid[]) AND r.university_org_id = ANY($2::uuid[])
          AND ((a.at >= $3 AND a.at < $4) OR a.changes->>'eventMeetingId' = ANY($5::text[]))
        ORDER BY a.id`,
      [[...stages], [...orgIds], from, to, [...eventMeetingIds]],
    );
    return rows.map((r) => ({
      requestId: r.request_id,
      enterpriseOrgId: r.enterprise_org_id,
      universityOrgId: r.university_org_id,
      to: r.action,
      at: new Date(r.at),
      eventMeetingId: r.event_meeting_id,
    }));
  }

  /** Newest first, keyset over (created_at, id); `orgId` limits to requests where that organisation is a party. */
  async listForParty(
    em: EntityManager,
    orgId: string | null,
    filter: MatchRequestFilter,
    first: number,
    after: Cursor | null,
  ): Promise<Page<MatchRequestEntity>> {
    const qb = em.createQueryBuilder(MatchRequestEntity, 'r');
    if (orgId) qb.andWhere('(r.enterprise_org_id = :orgId OR r.university_org_id = :orgId)', { orgId });
    if (filter.statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.needId) qb.andWhere('r.need_id = :needId', { needId: filter.needId });
    if (filter.achievementId) qb.andWhere('r.achievement_id = :achievementId', { achievementId: filter.achievementId });
    const totalCount = await qb.clone().getCount();
    if (after)
      qb.andWhere('(r.created_at, r.id) < (:afterV::timestamptz, :afterId::uuid)', {
        afterV: after.v,
        afterId: after.id,
      });
    qb.addSelect('r.created_at::text', 'cursor_v')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(first + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ r_id: string; cursor_v: string }>();
    const items = entities.slice(0, first);
    const cursorOf = new Map(raw.map((row) => [row.r_id, row.cursor_v]));
    const cursors = items.map((item) => encodeCursor({ v: cursorOf.get(item.id) ?? '', id: item.id }));
    return { items, totalCount, hasNextPage: entities.length > first, endCursor: cursors.at(-1) ?? null, cursors };
  }

  /** Moves every overdue REQUESTED row to EXPIRED at once; a second run finds nothing, so the sweep is idempotent. */
  async expireDue(em: EntityManager, now: Date): Promise<MatchRequestEntity[]> {
    const rows: { id: string }[] = await em.query(
      `WITH due AS (
         UPDATE match_requests SET status = 'EXPIRED', version = version + 1, updated_at = now()
         WHERE status = 'REQUESTED' AND expires_at <= $1 RETURNING id
       ) SELECT id FROM due`,
      [now],
    );
    return this.findByIds(
      em,
      rows.map((r) => r.id),
    );
  }

  /** Flags requests expiring before `warnBefore` that were not warned yet; each is warned once. */
  async claimExpiryWarnings(em: EntityManager, now: Date, warnBefore: Date): Promise<MatchRequestEntity[]> {
    const rows: { id: string }[] = await em.query(
      `WITH due AS (
         UPDATE match_requests SET expiry_warned_at = $1
         WHERE status = 'REQUESTED' AND expiry_warned_at IS NULL AND expires_at > $1 AND expires_at <= $2 RETURNING id
       ) SELECT id FROM due`,
      [now, warnBefore],
    );
    return this.findByIds(
      em,
      rows.map((r) => r.id),
    );
  }

  /** Everyone of an organisation: a party is the whole university or enterprise, not one person. */
  async userIdsOfOrg(em: EntityManager, orgId: string): Promise<string[]> {
    return (await em.find(UserEntity, { where: { orgId }, select: { id: true } })).map((u) => u.id);
  }

  usersByIds(em: EntityManager, ids: readonly string[]): Promise<UserEntity[]> {
    return ids.length ? em.find(UserEntity, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  /** Requests created in [from, to), with the names the report groups by. */
  async reportRows(em: EntityManager, from: Date, to: Date): Promise<MatchReportRow[]> {
    return em.query(
      `SELECT r.id, r.status, r.direction, a.industry, u.id AS "universityId", u.name AS "universityName",
              e.id AS "enterpriseId", e.name AS "enterpriseName", a.key AS "achievementKey", a.title AS "achievementTitle",
              n.key AS "needKey", n.title AS "needTitle", r.message, r.decline_reason AS "declineReason", r.decline_note AS "declineNote",
              r.close_reason AS "closeReason", r.contract_amount_wan AS "contractAmountWan", r.contract_number AS "contractNumber",
              r.created_at AS "createdAt", r.answered_at AS "answeredAt", r.accepted_at AS "acceptedAt"
         FROM match_requests r
         JOIN achievements a ON a.id = r.achievement_id
         JOIN organizations u ON u.id = r.university_org_id
         JOIN organizations e ON e.id = r.enterprise_org_id
         LEFT JOIN needs n ON n.id = r.need_id
        WHERE r.created_at >= $1 AND r.created_at < $2
        ORDER BY r.created_at, r.id`,
      [from, to],
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  APP_CONFIG,
  type AppConfig,
  badInput,
  bilingual,
  conflict,
  Cursor,
  forbidden,
  isAlliance,
  NeedStatus,
  notFound,
  Page,
  Role,
} from '@app/core';
import {
  AchievementRepository,
  canSeeAchievement,
  canSeeNeed,
  isPubliclyListed,
  NeedEntity,
  NeedRepository,
} from '@app/catalog';
import { appendAudit, Database, diff, uniqueViolation } from '@app/database';
import { NotificationKind } from '../notifications';
import { KIND_FOR_STATUS, MatchNotices } from './match-notices';
import { MatchRequestView, MatchRequestViews } from './match-request-views';
import { MatchRequestEntity } from './match-request.entity';
import { MatchRequestFilter, MatchRequestRepository, MatchRequestValues } from './match-request.repository';
import { shanghaiMinute } from './report-labels';
import { ADVANCE_STAGES, DeclineReason, MatchDirection, MatchRequestStatus as S } from './match-request.types';
import { assertTransition, checkDecline, checkSigning, judgeTransition, SigningInput, sideOf } from './transitions';

export interface RequestMatchInput {
  achievementId: string;
  /** Without a need, the request is for the enterprise as a whole. */
  needId?: string | null;
  message: string;
}

export interface ProposeMatchInput {
  achievementId: string;
  needId: string;
  message: string;
}

const DAY_MS = 86_400_000;

const duplicate = () =>
  conflict(
    bilingual(
      '该需求（或企业）与该成果之间已有进行中的对接请求',
      'An open match request already exists for this need (or enterprise) and achievement',
    ),
  );

/** Match requests from first contact to a landed contract; every move is versioned, audited and notified. */
@Injectable()
export class MatchRequestService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly requests: MatchRequestRepository,
    private readonly achievements: AchievementRepository,
    private readonly needs: NeedRepository,
    private readonly views: MatchRequestViews,
    private readonly notices: MatchNotices,
  ) {}

  /** An R&D lead asks an achievement's university for contact. */
  request(actor: Actor, input: RequestMatchInput): Promise<MatchRequestView> {
    if (actor.role !== Role.RD_LEAD)
      throw forbidden(
        bilingual(
          '只有企业研发负责人可以为本企业发起对接请求',
          'Only R&D leads request contact, for their own enterprise',
        ),
      );
    return this.create(actor, MatchDirection.REQUEST, input.achievementId, input.needId ?? null, input.message);
  }

  /** A tech-transfer officer offers one of their university's achievements to a need. */
  propose(actor: Actor, input: ProposeMatchInput): Promise<MatchRequestView> {
    if (actor.role !== Role.OFFICER)
      throw forbidden(
        bilingual(
          '只有高校技术转移专员可以推荐本校成果',
          'Only tech-transfer officers propose achievements, of their own university',
        ),
      );
    return this.create(actor, MatchDirection.PROPOSAL, input.achievementId, input.needId, input.message);
  }

  async get(actor: Actor, id: string): Promise<MatchRequestView> {
    return this.db.read(async (em) => {
      const [row] = await this.requests.findByIds(em, [id]);
      if (!row || sideOf(actor, row) === 'OUTSIDER') throw notFound('Match request', id);
      const [view] = await this.views.build(em, actor, [row]);
      return view;
    });
  }

  /** Parties see the requests their organisation is part of; coordinators see all. */
  list(actor: Actor, filter: MatchRequestFilter, first: number, after: Cursor | null): Promise<Page<MatchRequestView>> {
    return this.db.read(async (em) => {
      const page = await this.requests.listForParty(em, isAlliance(actor) ? null : actor.orgId, filter, first, after);
      return { ...page, items: await this.views.build(em, actor, page.items) };
    });
  }

  accept(actor: Actor, id: string, version: number): Promise<MatchRequestView> {
    const now = new Date();
    return this.move(actor, id, version, S.ACCEPTED, { answeredBy: actor.userId, answeredAt: now, acceptedAt: now });
  }

  decline(
    actor: Actor,
    id: string,
    version: number,
    reason: DeclineReason,
    note?: string | null,
  ): Promise<MatchRequestView> {
    const declineNote = checkDecline(reason, note);
    return this.move(actor, id, version, S.DECLINED, {
      answeredBy: actor.userId,
      answeredAt: new Date(),
      declineReason: reason,
      declineNote,
    });
  }

  withdraw(actor: Actor, id: string, version: number): Promise<MatchRequestView> {
    return this.move(actor, id, version, S.WITHDRAWN, {});
  }

  advance(actor: Actor, id: string, version: number, to: S, signing: SigningInput = {}): Promise<MatchRequestView> {
    if (!(ADVANCE_STAGES as readonly S[]).includes(to))
      throw badInput(
        'to',
        bilingual(
          `目标阶段须为以下之一：${ADVANCE_STAGES.join('、')}`,
          `to must be one of ${ADVANCE_STAGES.join(', ')}`,
        ),
      );
    const contract = checkSigning(to, signing);
    return this.move(actor, id, version, to, contract ? { ...contract, signedAt: new Date() } : {});
  }

  close(actor: Actor, id: string, version: number, reason: string): Promise<MatchRequestView> {
    const closeReason = reason.trim();
    if (!closeReason) throw badInput('reason', bilingual('请填写关闭原因', 'reason must not be empty'));
    return this.move(actor, id, version, S.CLOSED, { closeReason });
  }

  private async create(
    actor: Actor,
    direction: MatchDirection,
    achievementId: string,
    needId: string | null,
    message: string,
  ): Promise<MatchRequestView> {
    const text = message.trim();
    if (!text) throw badInput('message', bilingual('留言不能为空', 'message must not be empty'));
    let id: string;
    try {
      id = await this.db.transaction(async (em) => {
        const { values, title } = await this.checkParties(em, actor, direction, achievementId, needId);
        if (await this.requests.findOpenForPair(em, values.enterpriseOrgId, values.needId, values.achievementId))
          throw duplicate();
        const row = await this.requests.insert(em, {
          ...values,
          requestedBy: actor.userId,
          message: text,
          expiresAt: new Date(Date.now() + this.config.matchRequestExpiryDays * DAY_MS),
        });
        await appendAudit(em, {
          actorUserId: actor.userId,
          entityType: 'MATCH_REQUEST',
          entityId: row.id,
          action: 'CREATE',
          changes: { direction, achievementId, needId, title },
        });
        await this.notices.notify(em, row, NotificationKind.MATCH_REQUESTED, actor.userId);
        return row.id;
      });
    } catch (error) {
      // Two concurrent requests for one pair: the partial unique index lets one through.
      if (uniqueViolation(error)) throw duplicate();
      throw error;
    }
    return this.get(actor, id);
  }

  /** Who may connect which achievement with which need; returns the new row's party columns. */
  private async checkParties(
    em: EntityManager,
    actor: Actor,
    direction: MatchDirection,
    achievementId: string,
    needId: string | null,
  ) {
    const [achievement] = await this.achievements.findByIds(em, [achievementId]);
    if (!achievement || !canSeeAchievement(actor, achievement)) throw notFound('Achievement', achievementId);
    if (!isPubliclyListed(achievement))
      throw badInput(
        'achievementId',
        bilingual('只能选择已发布且在有效期内的科技成果', 'achievementId must name a published, unexpired achievement'),
      );
    let need: NeedEntity | null = null;
    if (needId) {
      [need] = await this.needs.findByIds(em, [needId]);
      if (!need || !canSeeNeed(actor, need)) throw notFound('Need', needId);
      if (need.status !== NeedStatus.OPEN)
        throw badInput('needId', bilingual('只能选择征集中的技术需求', 'needId must name an OPEN need'));
    }
    if (direction === MatchDirection.REQUEST && need && need.orgId !== actor.orgId)
      throw forbidden(
        bilingual(
          '研发负责人只能为本企业的需求发起对接请求',
          'R&D leads request contact for their own enterprise’s needs only',
        ),
      );
    if (direction === MatchDirection.PROPOSAL) {
      if (achievement.orgId !== actor.orgId)
        throw forbidden(
          bilingual('技术转移专员只能推荐本校的成果', 'Officers propose their own university’s achievements only'),
        );
      if (!need)
        throw badInput('needId', bilingual('推荐成果时须选择一项技术需求', 'needId is required for a proposal'));
    }
    const values: Omit<MatchRequestValues, 'requestedBy' | 'message' | 'expiresAt'> = {
      direction,
      achievementId,
      needId,
      enterpriseOrgId: need?.orgId ?? actor.orgId,
      universityOrgId: achievement.orgId,
      answeredBy: null,
      status: S.REQUESTED,
      declineReason: null,
      declineNote: null,
      closeReason: null,
      contractAmountWan: null,
      contractNumber: null,
      expiryWarnedAt: null,
      answeredAt: null,
      acceptedAt: null,
      signedAt: null,
    };
    return { values, title: achievement.title };
  }

  /**
   * A matchmaking-event meeting between the two organisations went well: their ACCEPTED requests move to MEETING.
   * Runs inside the caller's transaction (`em`); each move is checked against the transition table for `actor`,
   * compare-and-set, audited (with the event meeting) and notified like any stage change. A request the table does
   * not let `actor` move, or that moved on meanwhile, is left alone. Returns the ids moved.
   */
  async advanceAfterEventMeeting(
    em: EntityManager,
    actor: Actor,
    orgA: string,
    orgB: string,
    eventMeetingId: string,
  ): Promise<string[]> {
    const moved: string[] = [];
    for (const row of await this.requests.findAcceptedBetween(em, orgA, orgB)) {
      if (judgeTransition(row.status, S.MEETING, sideOf(actor, row)) !== 'ALLOWED') continue;
      if (await this.apply(em, actor.userId, row, S.MEETING, {}, { eventMeetingId })) moved.push(row.id);
    }
    return moved;
  }

  /**
   * Load, check visibility, expiry, version and the transition table, compare-and-set, audit, notify: one
   * transaction. An unanswered request past its deadline is expired on the spot (as the sweep would) and the
   * move refused, so nobody answers a request after it lapsed just because the sweep has not run yet.
   */
  private async move(
    actor: Actor,
    id: string,
    version: number,
    to: S,
    values: Partial<MatchRequestValues>,
  ): Promise<MatchRequestView> {
    const lapsed = await this.db.transaction(async (em) => {
      const [row] = await this.requests.findByIds(em, [id]);
      const side = row ? sideOf(actor, row) : 'OUTSIDER';
      if (!row || side === 'OUTSIDER') throw notFound('Match request', id);
      if (row.status === S.REQUESTED && row.expiresAt.getTime() <= Date.now()) {
        // The system's move, committed even though the actor's is refused.
        assertTransition(row.status, S.EXPIRED, 'SYSTEM');
        if (!(await this.apply(em, null, row, S.EXPIRED, {}))) throw stale(id, version, row.version + 1);
        return row.expiresAt;
      }
      if (row.version !== version) throw stale(id, version, row.version);
      assertTransition(row.status, to, side);
      if (!(await this.apply(em, actor.userId, row, to, values))) throw stale(id, version, row.version + 1);
      return null;
    });
    if (lapsed)
      throw badInput(
        'status',
        bilingual(
          `该对接请求已于 ${shanghaiMinute(lapsed)}（北京时间）因超时未答复而过期，不能再变更状态`,
          `status this request expired on ${lapsed.toISOString().slice(0, 16).replace('T', ' ')} UTC without an answer; it can no longer be moved to ${to}`,
        ),
      );
    return this.get(actor, id);
  }

  /** Compare-and-set on the version read, audit, notify (`actorUserId` null: the system); false when the row moved on. */
  private async apply(
    em: EntityManager,
    actorUserId: string | null,
    row: MatchRequestEntity,
    to: S,
    values: Partial<MatchRequestValues>,
    context: Record<string, unknown> = {},
  ): Promise<boolean> {
    const change: Partial<MatchRequestValues> = { ...values, status: to };
    if (!(await this.requests.updateIfVersion(em, row.id, row.version, change))) return false;
    await appendAudit(em, {
      actorUserId,
      entityType: 'MATCH_REQUEST',
      entityId: row.id,
      action: to,
      changes: { ...diff(row, change as Partial<MatchRequestEntity>), ...context },
    });
    const [updated] = await this.requests.findByIds(em, [row.id]);
    const kind = KIND_FOR_STATUS[to];
    if (kind) await this.notices.notify(em, updated, kind, actorUserId);
    return true;
  }
}

const stale = (id: string, yours: number, current: number) =>
  conflict(
    bilingual(
      `该对接请求已被他人修改（您操作的是第 ${yours} 版，当前为第 ${current} 版），请刷新后重试`,
      `Match request ${id} was changed by someone else (you acted on version ${yours}, it is now at ${current}); reload and retry`,
    ),
  );

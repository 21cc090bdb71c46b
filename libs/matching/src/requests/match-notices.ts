import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { bilingual, type LocalText } from '@app/core';
import { AchievementRepository } from '@app/catalog';
import { NotificationKind, NotificationSender } from '../notifications';
import { MatchRequestEntity } from './match-request.entity';
import { MatchRequestRepository } from './match-request.repository';
import { MatchDirection, MatchRequestStatus } from './match-request.types';
import { MATCH_STATUS_LABELS } from './report-labels';
import { receiverOrgId } from './transitions';

const STAGES = MATCH_STATUS_LABELS;

/**
 * The sentence each event shows, in Chinese and English (each reader gets theirs); only the achievement's public
 * title is named, never a confidential need.
 */
export function matchNoticeText(kind: NotificationKind, r: MatchRequestEntity, title: string): LocalText {
  const day = r.expiresAt.toISOString().slice(0, 10);
  switch (kind) {
    case NotificationKind.MATCH_REQUESTED:
      return r.direction === MatchDirection.REQUEST
        ? bilingual(
            `新的对接请求：企业希望就「${title}」与您联系`,
            `New match request: an enterprise would like to talk about “${title}”`,
          )
        : bilingual(
            `新的成果推荐：「${title}」被推荐给您的技术需求`,
            `New proposal: “${title}” was proposed for your technical need`,
          );
    case NotificationKind.MATCH_ACCEPTED:
      return bilingual(
        `对接请求已接受：「${title}」，双方联系方式已可查看`,
        `Match request accepted: “${title}”; both sides' contacts are now visible`,
      );
    case NotificationKind.MATCH_DECLINED:
      return bilingual(`对接请求未被接受：「${title}」`, `Match request declined: “${title}”`);
    case NotificationKind.MATCH_WITHDRAWN:
      return bilingual(`对接请求已撤回：「${title}」`, `Match request withdrawn: “${title}”`);
    case NotificationKind.MATCH_EXPIRING:
      return bilingual(
        `对接请求将于 ${day} 过期，请尽快答复：「${title}」`,
        `A match request expires on ${day}; please answer soon: “${title}”`,
      );
    case NotificationKind.MATCH_EXPIRED:
      return bilingual(`对接请求已过期：「${title}」`, `Match request expired: “${title}”`);
    case NotificationKind.MATCH_STAGE_CHANGED:
      return bilingual(
        `对接进展：「${title}」进入${STAGES['zh-CN'][r.status] ?? r.status}阶段`,
        `Match progress: “${title}” is now at the ${STAGES.en[r.status] ?? r.status} stage`,
      );
    case NotificationKind.MATCH_CLOSED:
      return bilingual(`对接已关闭：「${title}」`, `Match closed: “${title}”`);
    // Event and listing notices are written elsewhere.
    default:
      throw new Error(`${kind} is not a match request notice`);
  }
}

export const KIND_FOR_STATUS: Record<MatchRequestStatus, NotificationKind | null> = {
  REQUESTED: NotificationKind.MATCH_REQUESTED,
  ACCEPTED: NotificationKind.MATCH_ACCEPTED,
  DECLINED: NotificationKind.MATCH_DECLINED,
  WITHDRAWN: NotificationKind.MATCH_WITHDRAWN,
  EXPIRED: NotificationKind.MATCH_EXPIRED,
  MEETING: NotificationKind.MATCH_STAGE_CHANGED,
  NEGOTIATING: NotificationKind.MATCH_STAGE_CHANGED,
  SIGNED: NotificationKind.MATCH_STAGE_CHANGED,
  LANDED: NotificationKind.MATCH_STAGE_CHANGED,
  CLOSED: NotificationKind.MATCH_CLOSED,
};

/**
 * Who hears about a request: the person who sent it and everyone of the receiving organisation (any of
 * them may answer), never the person who acted.
 */
@Injectable()
export class MatchNotices {
  constructor(
    private readonly sender: NotificationSender,
    private readonly achievements: AchievementRepository,
    private readonly requests: MatchRequestRepository,
  ) {}

  async notify(
    em: EntityManager,
    r: MatchRequestEntity,
    kind: NotificationKind,
    actorUserId: string | null,
    options: { receiverOnly?: boolean } = {},
  ): Promise<void> {
    const recipients = new Set(await this.requests.userIdsOfOrg(em, receiverOrgId(r)));
    if (!options.receiverOnly) recipients.add(r.requestedBy);
    if (actorUserId) recipients.delete(actorUserId);
    if (!recipients.size) return;
    const [achievement] = await this.achievements.findByIds(em, [r.achievementId]);
    const message = matchNoticeText(kind, r, achievement?.title ?? '');
    await this.sender.send(
      em,
      [...recipients].map((userId) => ({ userId, kind, matchRequestId: r.id, message })),
    );
  }
}

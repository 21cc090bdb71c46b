import { Injectable } from '@nestjs/common';
import { Actor, badInput, bilingual, forbidden, isAlliance } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { DeliveryRow, MailOutboxRepository } from './mail-outbox.repository';
import { MailPreferenceRepository } from './mail-preferences.repository';
import { DeliveryMode, DeliveryStatus, isNoticeKind, MailKind, NoticeKind, PREFERENCE_KINDS } from './mail.types';

export const MAX_DELIVERIES = 200;

/** The delivery log (administrators) and each person's own delivery choices. */
@Injectable()
export class MailDeliveryService {
  constructor(
    private readonly db: Database,
    private readonly outbox: MailOutboxRepository,
    private readonly preferences: MailPreferenceRepository,
  ) {}

  deliveries(actor: Actor, status: DeliveryStatus | null, first = 50): Promise<DeliveryRow[]> {
    if (!isAlliance(actor))
      throw forbidden(
        bilingual(
          '只有联盟协调员和管理员可以查看邮件发送记录',
          'Only alliance coordinators and administrators read the e-mail delivery log',
        ),
      );
    if (first < 1 || first > MAX_DELIVERIES)
      throw badInput(
        'first',
        bilingual(`数量须在 1 到 ${MAX_DELIVERIES} 之间`, `first must be between 1 and ${MAX_DELIVERIES}`),
      );
    return this.db.read((em) => this.outbox.list(em, status, first));
  }

  async preferencesOf(actor: Actor): Promise<{ kind: NoticeKind; mode: DeliveryMode }[]> {
    const set = await this.db.read((em) => this.preferences.listForUser(em, actor.userId));
    return PREFERENCE_KINDS.map((kind) => ({ kind, mode: set.get(kind) ?? DeliveryMode.IMMEDIATE }));
  }

  async setPreference(
    actor: Actor,
    kind: MailKind,
    mode: DeliveryMode,
  ): Promise<{ kind: NoticeKind; mode: DeliveryMode }[]> {
    if (!isNoticeKind(kind))
      throw badInput(
        'kind',
        bilingual(
          '这类邮件总会发送，不能设置',
          `kind ${kind} e-mails are always sent; choose one of ${PREFERENCE_KINDS.join(', ')}`,
        ),
      );
    await this.db.transaction(async (em) => {
      await this.preferences.set(em, actor.userId, kind, mode);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'USER',
        entityId: actor.userId,
        action: 'MAIL_PREFERENCE',
        changes: { kind, mode },
      });
    });
    return this.preferencesOf(actor);
  }
}

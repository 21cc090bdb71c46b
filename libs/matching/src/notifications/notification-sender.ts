import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationEntity, NotificationKind } from './notification.entity';

export interface OutgoingNotification {
  userId: string;
  kind: NotificationKind;
  matchRequestId: string | null;
  eventId?: string | null;
  message: string;
}

/**
 * Delivery port. It runs inside the caller's transaction, so a change that rolls back notifies nobody; an
 * e-mail adapter would write its own outbox row here and send after commit.
 */
export abstract class NotificationSender {
  abstract send(em: EntityManager, notes: readonly OutgoingNotification[]): Promise<void>;
}

/** In-app delivery: one row per recipient, read through `notifications`. */
@Injectable()
export class InAppNotificationSender extends NotificationSender {
  async send(em: EntityManager, notes: readonly OutgoingNotification[]): Promise<void> {
    if (!notes.length) return;
    await em.insert(NotificationEntity, notes.map((n) => ({ ...n, readAt: null })));
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { LocalText } from '@app/core';
import { EmailNotificationSender } from './email-notification-sender';
import { ListingType, NotificationEntity, NotificationKind } from './notification.entity';

export interface OutgoingNotification {
  userId: string;
  kind: NotificationKind;
  matchRequestId: string | null;
  eventId?: string | null;
  listing?: { type: ListingType; id: string } | null;
  /** The sentence in each language; every channel gives each reader theirs. */
  message: LocalText;
}

/**
 * Delivery port. It runs inside the caller's transaction, so a change that rolls back notifies nobody; the e-mail
 * channel writes its own outbox row here and the mail relay sends after commit.
 */
export abstract class NotificationSender {
  abstract send(em: EntityManager, notes: readonly OutgoingNotification[]): Promise<void>;
}

/** In-app delivery: one row per recipient, read through `notifications`. */
@Injectable()
export class InAppNotificationSender extends NotificationSender {
  async send(em: EntityManager, notes: readonly OutgoingNotification[]): Promise<void> {
    if (!notes.length) return;
    await em.insert(
      NotificationEntity,
      notes.map((n) => ({
        userId: n.userId,
        kind: n.kind,
        matchRequestId: n.matchRequestId,
        eventId: n.eventId ?? null,
        listingType: n.listing?.type ?? null,
        listingId: n.listing?.id ?? null,
        message: n.message['zh-CN'],
        messageEn: n.message.en,
        readAt: null,
      })),
    );
  }
}

/** In-app always, and e-mail as each recipient chose; further channels (SMS, WeChat) would join here. */
@Injectable()
export class AllChannelsNotificationSender extends NotificationSender {
  constructor(
    private readonly inApp: InAppNotificationSender,
    private readonly email: EmailNotificationSender,
  ) {
    super();
  }

  async send(em: EntityManager, notes: readonly OutgoingNotification[]): Promise<void> {
    await this.inApp.send(em, notes);
    await this.email.send(em, notes);
  }
}

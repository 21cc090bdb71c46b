import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appLink, Mailer, MailKind, NoticeKind } from '@app/mail';
import { NotificationKind, noticePath } from './notification.entity';
import type { OutgoingNotification } from './notification-sender';

/** Which e-mail kind (and so which preference) each in-app notice belongs to. */
export const MAIL_KIND: Record<NotificationKind, NoticeKind> = {
  MATCH_REQUESTED: MailKind.MATCH_REQUEST_RECEIVED,
  MATCH_ACCEPTED: MailKind.MATCH_REQUEST_ANSWERED,
  MATCH_DECLINED: MailKind.MATCH_REQUEST_ANSWERED,
  MATCH_WITHDRAWN: MailKind.MATCH_STAGE_CHANGED,
  MATCH_EXPIRING: MailKind.MATCH_REQUEST_EXPIRING,
  MATCH_EXPIRED: MailKind.MATCH_REQUEST_EXPIRED,
  MATCH_STAGE_CHANGED: MailKind.MATCH_STAGE_CHANGED,
  MATCH_CLOSED: MailKind.MATCH_STAGE_CHANGED,
  EVENT_MEETING_REQUESTED: MailKind.MEETING_REQUEST_RECEIVED,
  EVENT_MEETING_ACCEPTED: MailKind.MEETING_REQUEST_ANSWERED,
  EVENT_MEETING_DECLINED: MailKind.MEETING_REQUEST_ANSWERED,
  EVENT_MEETING_REQUEST_EXPIRING: MailKind.MEETING_REQUEST_EXPIRING,
  EVENT_SCHEDULE_PUBLISHED: MailKind.EVENT_SCHEDULE_CHANGED,
  EVENT_MEETING_ADDED: MailKind.EVENT_SCHEDULE_CHANGED,
  EVENT_MEETING_MOVED: MailKind.EVENT_SCHEDULE_CHANGED,
  EVENT_MEETING_CANCELLED: MailKind.EVENT_SCHEDULE_CHANGED,
  EVENT_CANCELLED: MailKind.EVENT_CANCELLED,
  EVENT_REMINDER: MailKind.EVENT_REMINDER,
  LISTING_EXPIRING: MailKind.LISTING_EXPIRING,
};

/**
 * The e-mail channel: the same notices, queued in the caller's transaction through the mail outbox, as each
 * recipient chose for the kind (now, daily digest, never), each in the recipient's language. Each links to the
 * match request, the event, or the listing.
 */
@Injectable()
export class EmailNotificationSender {
  constructor(private readonly mailer: Mailer) {}

  async send(em: EntityManager, notes: readonly OutgoingNotification[]): Promise<void> {
    const groups = new Map<string, { note: OutgoingNotification; userIds: string[] }>();
    for (const note of notes) {
      const key = `${note.kind}|${noticePath({ ...note, listingType: note.listing?.type, listingId: note.listing?.id })}|${note.message['zh-CN']}`;
      const group = groups.get(key) ?? { note, userIds: [] };
      group.userIds.push(note.userId);
      groups.set(key, group);
    }
    for (const { note, userIds } of groups.values()) {
      const link = appLink(
        this.mailer.publicUrl,
        noticePath({ ...note, listingType: note.listing?.type, listingId: note.listing?.id }),
      );
      await this.mailer.notify(em, userIds, { kind: MAIL_KIND[note.kind], summary: note.message, link });
    }
  }
}

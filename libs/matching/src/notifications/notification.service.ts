import { Injectable } from '@nestjs/common';
import { Actor, badInput, bilingual } from '@app/core';
import { Database } from '@app/database';
import { NotificationEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';

export const MAX_NOTIFICATIONS = 100;

/** Each user reads and marks their own notifications only. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationRepository,
  ) {}

  list(actor: Actor, unreadOnly: boolean, first = 50): Promise<NotificationEntity[]> {
    if (first < 1 || first > MAX_NOTIFICATIONS)
      throw badInput(
        'first',
        bilingual(`数量须在 1 到 ${MAX_NOTIFICATIONS} 之间`, `first must be between 1 and ${MAX_NOTIFICATIONS}`),
      );
    return this.db.read((em) => this.notifications.listForUser(em, actor.userId, unreadOnly, first));
  }

  markRead(actor: Actor, ids: readonly string[]): Promise<number> {
    return this.db.transaction((em) => this.notifications.markRead(em, actor.userId, ids));
  }
}

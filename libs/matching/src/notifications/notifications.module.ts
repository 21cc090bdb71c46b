import { Module } from '@nestjs/common';
import { InAppNotificationSender, NotificationSender } from './notification-sender';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

@Module({
  providers: [NotificationRepository, NotificationService, { provide: NotificationSender, useClass: InAppNotificationSender }],
  exports: [NotificationService, NotificationSender],
})
export class NotificationsModule {}

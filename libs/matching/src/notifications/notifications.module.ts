import { Module } from '@nestjs/common';
import { MailModule } from '@app/mail';
import { EmailNotificationSender } from './email-notification-sender';
import { ListingExpiryReminders } from './listing-expiry-reminders';
import { AllChannelsNotificationSender, InAppNotificationSender, NotificationSender } from './notification-sender';
import { NotificationRepository } from './notification.repository';
import { NotificationService } from './notification.service';

@Module({
  imports: [MailModule],
  providers: [
    NotificationRepository,
    NotificationService,
    InAppNotificationSender,
    EmailNotificationSender,
    { provide: NotificationSender, useClass: AllChannelsNotificationSender },
    ListingExpiryReminders,
  ],
  exports: [NotificationService, NotificationSender, ListingExpiryReminders],
})
export class NotificationsModule {}

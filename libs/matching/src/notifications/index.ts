export { type ListingType, NotificationEntity, NotificationKind, noticePath } from './notification.entity';
export { InAppNotificationSender, NotificationSender, type OutgoingNotification } from './notification-sender';
export { MAX_NOTIFICATIONS, NotificationService } from './notification.service';
export { NotificationsModule } from './notifications.module';
export { ListingExpiryReminders, REMINDER_DAYS } from './listing-expiry-reminders';

export { NotificationEntity, NotificationKind } from './notification.entity';
export { InAppNotificationSender, NotificationSender, type OutgoingNotification } from './notification-sender';
export { MAX_NOTIFICATIONS, NotificationService } from './notification.service';
export { NotificationsModule } from './notifications.module';

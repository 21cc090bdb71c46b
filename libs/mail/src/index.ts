export * from './mail.types';
export { MailModule, MailRelayModule } from './mail.module';
export { Mailer } from './mailer';
export { MailRelay, mailBackoffSeconds } from './mail-relay';
export { MailDigests } from './mail-digests';
export { MailDeliveryService, MAX_DELIVERIES } from './mail-delivery.service';
export type { DeliveryRow } from './mail-outbox.repository';
export { appLink } from './templates/render';

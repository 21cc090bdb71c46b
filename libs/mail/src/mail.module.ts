import { Module } from '@nestjs/common';
import { MailDigests } from './mail-digests';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailPreferenceRepository, MailRecipientRepository } from './mail-preferences.repository';
import { MailRelay } from './mail-relay';
import { mailTransportProvider } from './mail-transport';
import { MailDeliveryService } from './mail-delivery.service';
import { Mailer } from './mailer';

/** Writing e-mails into the outbox (inside the caller's transaction), the delivery log and preferences. */
@Module({
  providers: [MailOutboxRepository, MailPreferenceRepository, MailRecipientRepository, Mailer, MailDeliveryService],
  exports: [Mailer, MailDeliveryService, MailOutboxRepository, MailRecipientRepository],
})
export class MailModule {}

/** Sending: the relay and the daily digests. Only the api runs it, not the command-line tools. */
@Module({
  imports: [MailModule],
  providers: [mailTransportProvider, MailDigests, MailRelay],
  exports: [MailRelay, MailDigests],
})
export class MailRelayModule {}

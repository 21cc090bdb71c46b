import { Module } from '@nestjs/common';
import { MailDigests } from './mail-digests';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailPreferenceRepository, MailRecipientRepository } from './mail-preferences.repository';
import { MailRelay } from './mail-relay';
import { mailTransportProvider } from './mail-transport';
import { MailDeliveryService } from './mail-delivery.service';
import { Mailer } from './mailer';

@Module({
  providers: [
    MailOutboxRepository,
    MailPreferenceRepository,
    MailRecipientRepository,
    mailTransportProvider,
    Mailer,
    MailDigests,
    MailRelay,
    MailDeliveryService,
  ],
  exports: [Mailer, MailRelay, MailDigests, MailDeliveryService],
})
export class MailModule {}

import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, type LocalText } from '@app/core';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailPreferenceRepository, MailRecipientRepository } from './mail-preferences.repository';
import { DeliveryMode, languageOf, MailContent, MailKind, MailRecipient, NoticeKind } from './mail.types';
import { renderMail } from './templates/render';

/**
 * Writes e-mails into the outbox inside the caller's transaction: a change that rolls back sends nothing, one that
 * commits is sent by the relay. Every message gets its own Message-ID, the idempotency key a resend keeps.
 */
@Injectable()
export class Mailer {
  private readonly domain: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutboxRepository,
    private readonly preferences: MailPreferenceRepository,
    private readonly recipients: MailRecipientRepository,
  ) {
    this.domain = config.mailFrom.split('@')[1];
  }

  get publicUrl(): string {
    return this.config.publicUrl;
  }

  /** Account messages (invitation, reset, registration): always sent, whatever the preferences. */
  async send(em: EntityManager, to: MailRecipient, content: MailContent): Promise<void> {
    const mail = renderMail(content, to.locale, to.displayName);
    await this.outbox.insert(em, {
      messageId: `<${randomUUID()}@${this.domain}>`,
      kind: content.kind,
      userId: to.userId,
      to: to.email,
      ...mail,
    });
  }

  /**
   * A notice to people by id, as each chose for its kind: now, in tomorrow's digest, or not by e-mail (in-app
   * notices are the caller's), each in their own language (a digest item is kept in the language chosen when it
   * was queued). Deactivated and never-activated accounts get nothing.
   */
  async notify(
    em: EntityManager,
    userIds: readonly string[],
    content: { kind: NoticeKind; summary: LocalText; link: string },
  ): Promise<void> {
    const recipients = await this.recipients.findActive(em, [...new Set(userIds)]);
    if (!recipients.length) return;
    const modes = await this.preferences.modes(
      em,
      recipients.map((r) => r.userId as string),
      content.kind,
    );
    for (const r of recipients) {
      const mode = modes.get(r.userId as string) ?? DeliveryMode.IMMEDIATE;
      if (mode === DeliveryMode.IMMEDIATE) await this.send(em, r, content);
      else if (mode === DeliveryMode.DAILY_DIGEST) {
        await em.query(`INSERT INTO mail_digest_items (user_id, kind, summary, link) VALUES ($1, $2, $3, $4)`, [
          r.userId,
          content.kind,
          content.summary[languageOf(r.locale)],
          content.link,
        ]);
      }
    }
  }

  /** Compiles and queues one user's digest from the items taken (in the same transaction). */
  async sendDigest(em: EntityManager, to: MailRecipient, items: { summary: string; link: string }[]): Promise<void> {
    if (items.length) await this.send(em, to, { kind: MailKind.DIGEST, items });
  }
}

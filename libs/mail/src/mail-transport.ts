import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { ALLIANCE_NAME, APP_CONFIG, type AppConfig } from '@app/core';
import type { OutgoingMail } from './mail-outbox.repository';

/** How a failed send ends: temporary failures (4xx, no connection) are retried, permanent ones (5xx) are not. */
export type SendFailure = 'TEMPORARY' | 'PERMANENT';

export function classifySendError(error: { responseCode?: number; code?: string }): SendFailure {
  const status = error.responseCode;
  return typeof status === 'number' && status >= 500 && status < 600 ? 'PERMANENT' : 'TEMPORARY';
}

/** Where the relay hands messages: SMTP, or the log when SMTP_URL is unset. */
export abstract class MailTransport {
  abstract readonly description: string;
  /** Resolves with the server's reply; rejects with nodemailer's error (responseCode for SMTP replies). */
  abstract send(mail: OutgoingMail): Promise<string>;
  async close(): Promise<void> {}
}

/** nodemailer over SMTP_URL; the Message-ID is the outbox row's idempotency key. */
export class SmtpMailTransport extends MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig & { smtpUrl: string }) {
    super();
    const url = new URL(config.smtpUrl);
    this.description = `SMTP ${url.protocol}//${url.host}`;
    this.transporter = createTransport({
      url: config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transporter.sendMail({
      from: { name: ALLIANCE_NAME, address: this.config.mailFrom },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
    });
    return String(info.response ?? 'accepted');
  }

  override async close(): Promise<void> {
    this.transporter.close();
  }
}

/** Links' secrets (invitation, reset) as they appear in logs outside development. */
export const redactTokens = (text: string): string => text.replace(/([?&]token=)[^&\s]+/g, '$1[redacted]');

/**
 * Development without SMTP_URL: each message is written to the log instead of being sent. In production the
 * links' tokens are redacted: a log must not let its readers reset passwords.
 */
export class LogMailTransport extends MailTransport {
  readonly description = 'the log (SMTP_URL is not set)';
  private readonly logger = new Logger('Mail');

  constructor(private readonly redact: boolean) {
    super();
  }

  async send(mail: OutgoingMail): Promise<string> {
    const text = this.redact ? redactTokens(mail.text) : mail.text;
    this.logger.log(`E-mail not sent (no SMTP_URL) to ${mail.to}: ${mail.subject}\n${text}`);
    return 'written to the log';
  }
}

export const mailTransportProvider = {
  provide: MailTransport,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): MailTransport =>
    config.smtpUrl
      ? new SmtpMailTransport({ ...config, smtpUrl: config.smtpUrl })
      : new LogMailTransport(config.nodeEnv === 'production'),
};

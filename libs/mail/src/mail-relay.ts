import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, PeriodicTask } from '@app/core';
import { Database } from '@app/database';
import { ClaimedMail, MailOutboxRepository } from './mail-outbox.repository';
import { classifySendError, LogMailTransport, MailTransport } from './mail-transport';
import { MailDigests } from './mail-digests';

/** Wait before retrying a temporary failure: 30 s, 1 min, 2 min … at most an hour. */
export const mailBackoffSeconds = (attempts: number): number => Math.min(30 * 2 ** (attempts - 1), 3600);

/**
 * Sends what the outbox holds. A row is sent while its lease is held and marked SENT with the server's reply;
 * temporary failures (4xx, connection) wait and retry up to MAIL_MAX_ATTEMPTS, permanent ones (5xx) are FAILED at
 * once. A process stopped after the commit leaves the row PENDING: the next relay sends it.
 */
@Injectable()
export class MailRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailRelay.name);
  private task: PeriodicTask | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly outbox: MailOutboxRepository,
    private readonly transport: MailTransport,
    private readonly digests: MailDigests,
  ) {}

  onApplicationBootstrap(): void {
    if (this.transport instanceof LogMailTransport) {
      this.logger.warn('SMTP_URL is not set: e-mails are written to the log, not sent');
    } else {
      this.logger.log(
        `E-mail goes out through ${this.transport.description}; links start with ${this.config.publicUrl}`,
      );
    }
    this.task = new PeriodicTask(
      'Mail relay',
      this.config.mailRelayPollMs,
      async () => {
        await this.digests.sendIfDue();
        await this.drain();
      },
      this.logger,
    ).start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
    await this.transport.close();
  }

  /** Sends one batch; returns how many messages it claimed. */
  async runOnce(batchSize = 20, leaseSeconds = 120): Promise<number> {
    const claimed = await this.db.transaction((em) => this.outbox.claim(em, batchSize, leaseSeconds), {
      wrote: (rows) => rows.length > 0,
    });
    for (const mail of claimed) await this.deliver(mail);
    return claimed.length;
  }

  /** Sends until nothing is due (tests, and catching up). */
  async drain(): Promise<void> {
    while ((await this.runOnce()) > 0) {
      // keep going
    }
  }

  private async deliver(mail: ClaimedMail): Promise<void> {
    try {
      const response = await this.transport.send(mail);
      await this.db.transaction((em) => this.outbox.markSent(em, mail, response));
    } catch (error) {
      const e = error as Error & { responseCode?: number; code?: string; response?: string };
      const reply = e.response ?? `${e.code ?? 'ERROR'}: ${e.message}`;
      const giveUp = classifySendError(e) === 'PERMANENT' || mail.attempts >= this.config.mailMaxAttempts;
      await this.db.transaction((em) =>
        giveUp
          ? this.outbox.markFailed(em, mail, reply)
          : this.outbox.retryLater(em, mail, reply, mailBackoffSeconds(mail.attempts)),
      );
      this.logger.warn(`E-mail ${mail.messageId} (${mail.kind}) ${giveUp ? 'failed' : 'will be retried'}: ${reply}`);
    }
  }
}

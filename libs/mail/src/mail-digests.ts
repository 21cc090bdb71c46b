import { Injectable, Logger } from '@nestjs/common';
import { Database, rowsOf } from '@app/database';
import { MailRecipientRepository } from './mail-preferences.repository';
import { Mailer } from './mailer';

/** Local hour (Asia/Shanghai) after which the day's digest goes out. */
const DIGEST_HOUR = 8;

const shanghai = (d: Date): { day: string; hour: number } => {
  const local = new Date(d.getTime() + 8 * 3_600_000);
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours() };
};

/**
 * Daily digests: items are taken (deleted) and the digest queued in one transaction per user, so several processes
 * or a second run the same day never send an item twice.
 */
@Injectable()
export class MailDigests {
  private readonly logger = new Logger(MailDigests.name);
  private lastDay = '';

  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly recipients: MailRecipientRepository,
  ) {}

  async sendIfDue(now = new Date()): Promise<void> {
    const { day, hour } = shanghai(now);
    if (day === this.lastDay || hour < DIGEST_HOUR) return;
    await this.sendAll();
    this.lastDay = day;
  }

  /** Queues every pending digest; returns how many were queued. */
  async sendAll(): Promise<number> {
    const users: { user_id: string }[] = await this.db.read((em) =>
      em.query(`SELECT DISTINCT user_id FROM mail_digest_items`),
    );
    let queued = 0;
    for (const { user_id: userId } of users) {
      queued += await this.db.transaction(async (em) => {
        const taken = rowsOf<{ id: string; summary: string; link: string }>(
          await em.query(`DELETE FROM mail_digest_items WHERE user_id = $1 RETURNING id, summary, link`, [userId]),
        );
        const items = taken.sort((a, b) => Number(a.id) - Number(b.id)).map(({ summary, link }) => ({ summary, link }));
        const [to] = await this.recipients.findActive(em, [userId]);
        if (!to || !items.length) return 0;
        await this.mailer.sendDigest(em, to, items);
        return 1;
      });
    }
    if (queued) this.logger.log(`Queued ${queued} daily digest(s)`);
    return queued;
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, PeriodicTask } from '@app/core';
import { appendAudit, claimSweep, Database } from '@app/database';
import type { EntityManager } from 'typeorm';
import { NotificationKind } from '../notifications';
import { MatchNotices } from './match-notices';
import { MatchRequestRepository } from './match-request.repository';

/** The receiving side is warned this long before an unanswered request expires. */
export const EXPIRY_WARNING_MS = 2 * 86_400_000;

/**
 * Expires unanswered requests and warns before it happens. `expireOverdue` is idempotent (each row is
 * warned once and expired once); the timer's `sweep` also claims its period in `sweep_runs`, so with several api
 * processes on one database each period's sweep runs in one of them only.
 */
@Injectable()
export class MatchExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchExpiryService.name);
  private task: PeriodicTask | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly requests: MatchRequestRepository,
    private readonly notices: MatchNotices,
  ) {}

  onApplicationBootstrap(): void {
    this.task = new PeriodicTask(
      'Match expiry sweep',
      this.config.matchExpirySweepMs,
      async () => {
        const done = await this.sweep();
        if (done && (done.warned || done.expired))
          this.logger.log(`Match requests: ${done.warned} warned, ${done.expired} expired`);
      },
      this.logger,
    ).start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  expireOverdue(now: Date = new Date()): Promise<{ warned: number; expired: number }> {
    return this.db.transaction((em) => this.expireIn(em, now));
  }

  /** The timer's run: the sweep of the period `now` falls in, or null when another process already claimed it. */
  sweep(now: Date = new Date()): Promise<{ warned: number; expired: number } | null> {
    const period = String(Math.floor(now.getTime() / Math.max(1, this.config.matchExpirySweepMs || 60_000))).padStart(
      16,
      '0',
    );
    return this.db.transaction(async (em) =>
      (await claimSweep(em, 'match-expiry', period)) ? this.expireIn(em, now) : null,
    );
  }

  private async expireIn(em: EntityManager, now: Date): Promise<{ warned: number; expired: number }> {
    const warned = await this.requests.claimExpiryWarnings(em, now, new Date(now.getTime() + EXPIRY_WARNING_MS));
    for (const r of warned)
      await this.notices.notify(em, r, NotificationKind.MATCH_EXPIRING, null, { receiverOnly: true });
    const expired = await this.requests.expireDue(em, now);
    for (const r of expired) {
      await appendAudit(em, {
        actorUserId: null,
        entityType: 'MATCH_REQUEST',
        entityId: r.id,
        action: 'EXPIRED',
        changes: { status: { from: 'REQUESTED', to: 'EXPIRED' } },
      });
      await this.notices.notify(em, r, NotificationKind.MATCH_EXPIRED, null);
    }
    return { warned: warned.length, expired: expired.length };
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { ListingExpiryReminders } from '@app/matching';

const HOUR_MS = 3_600_000;

/** Runs the listing-expiry reminder sweep hourly (it reminds each listing once); off when the mail relay is off. */
@Injectable()
export class ListingReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ListingReminderScheduler.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ListingExpiryReminders,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mailRelayPollMs === 0) return;
    const run = () =>
      this.reminders.sweep().catch((error: Error) => this.logger.error(`Listing reminders: ${error.message}`));
    void run();
    this.timer = setInterval(() => void run(), HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, PeriodicTask } from '@app/core';
import { ListingExpiryReminders } from '@app/matching';

const HOUR_MS = 3_600_000;

/** Runs the listing-expiry reminder sweep hourly (it reminds each listing once); off when the mail relay is off. */
@Injectable()
export class ListingReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ListingReminderScheduler.name);
  private task: PeriodicTask | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ListingExpiryReminders,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mailRelayPollMs === 0) return;
    const sweep = () => this.reminders.sweep();
    sweep().catch((error: Error) => this.logger.error(`Listing reminders: ${error.message}`));
    this.task = new PeriodicTask('Listing reminders', HOUR_MS, sweep, this.logger).start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }
}

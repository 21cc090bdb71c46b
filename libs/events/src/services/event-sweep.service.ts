import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, PeriodicTask } from '@app/core';
import { today } from '@app/catalog';
import { Database } from '@app/database';
import { NotificationKind } from '@app/matching';
import { EventRepository } from '../repositories/event.repository';
import { MeetingRepository } from '../repositories/meeting.repository';
import { EventNotices } from './event-notices';

/** The addressee of a pending meeting request is warned this long before it expires. */
export const MEETING_REQUEST_WARNING_MS = 24 * 3_600_000;

/**
 * Timed event notices: expiring meeting requests and the day-before reminder. Each row is claimed by the UPDATE
 * that marks it, in the transaction that writes the notices, so a second api process (or a restart) finds it
 * taken and nobody is told twice; a failed transaction releases the claim for the next sweep.
 */
@Injectable()
export class EventSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventSweepService.name);
  private task: PeriodicTask | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly events: EventRepository,
    private readonly meetings: MeetingRepository,
    private readonly notices: EventNotices,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.task = new PeriodicTask(
      'Event sweep',
      this.config.eventSweepMs,
      async () => {
        const { warned, reminded } = await this.sweep();
        if (warned || reminded)
          this.logger.log(`Events: ${warned} meeting requests warned, ${reminded} reminders sent`);
      },
      this.logger,
    ).start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.task?.stop();
  }

  async sweep(): Promise<{ warned: number; reminded: number }> {
    const now = this.clock.now();
    return this.db.transaction(async (em) => {
      const expiring = await this.meetings.claimExpiryWarnings(
        em,
        now,
        new Date(now.getTime() + MEETING_REQUEST_WARNING_MS),
      );
      for (const r of expiring) {
        const [event] = await this.events.findByIds(em, [r.eventId]);
        const people = await this.events.participantsByIds(em, [r.fromParticipantId, r.toParticipantId]);
        const to = people.find((p) => p.id === r.toParticipantId);
        const from = people.find((p) => p.id === r.fromParticipantId);
        if (!event || !to || !from || !r.expiresAt) continue;
        const other = (await this.notices.labels(em, [from])).get(from.id) ?? '';
        await this.notices.send(
          em,
          event.id,
          [to],
          { kind: NotificationKind.EVENT_MEETING_REQUEST_EXPIRING, event: event.title, other, expiresAt: r.expiresAt },
          null,
        );
      }
      const tomorrow = today(new Date(now.getTime() + 86_400_000));
      const reminded = await this.events.claimReminders(em, tomorrow, now);
      for (const event of reminded) {
        const everyone = await this.events.participantsOf(em, event.id);
        await this.notices.send(
          em,
          event.id,
          everyone,
          {
            kind: NotificationKind.EVENT_REMINDER,
            event: event.title,
            date: event.date,
            start: event.dayStart,
            venue: event.venue,
          },
          null,
        );
      }
      return { warned: expiring.length, reminded: reminded.length };
    });
  }
}

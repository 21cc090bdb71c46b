import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { CalendarService } from '@app/events';
import { CurrentActor } from '../graphql/auth';

@ObjectType('CalendarSubscription', { description: 'Your calendar feed; the token is shown only when it is made' })
export class CalendarSubscriptionModel {
  @Field({ description: 'Path of the feed, e.g. /calendar/<token>.ics; keep it secret' }) path: string;
  @Field() createdAt: Date;
}

/** Per-person calendar feed tokens: each operation is one service call. */
@Resolver()
export class CalendarResolver {
  constructor(private readonly calendars: CalendarService) {}

  @Query(() => Date, { nullable: true, description: 'When your calendar feed token was made; null when you have none' })
  calendarTokenIssuedAt(@CurrentActor() actor: Actor): Promise<Date | null> {
    return this.calendars.issuedAt(actor);
  }

  @Mutation(() => CalendarSubscriptionModel, {
    description: 'Makes a new calendar feed URL; the previous one stops working',
  })
  async regenerateCalendarToken(@CurrentActor() actor: Actor): Promise<CalendarSubscriptionModel> {
    const token = await this.calendars.regenerate(actor);
    return { path: `/calendar/${token}.ics`, createdAt: (await this.calendars.issuedAt(actor)) ?? new Date() };
  }

  @Mutation(() => Boolean, { description: 'Stops your calendar feed URL; false when there was none' })
  revokeCalendarToken(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.calendars.revoke(actor);
  }
}

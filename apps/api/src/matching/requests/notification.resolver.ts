import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { NotificationService } from '@app/matching';
import { CurrentActor } from '../../graphql/auth';
import { MarkNotificationsReadArgs, NotificationsArgs } from './match-request.inputs';
import { NotificationModel } from './notification.model';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => [NotificationModel], { description: 'Your in-app notifications, newest first' })
  async notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<NotificationModel[]> {
    return (await this.service.list(actor, args.unreadOnly, args.first)).map(NotificationModel.from);
  }

  @Mutation(() => Int, { description: 'Marks your own notifications read; returns how many changed' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.service.markRead(
      actor,
      args.ids.map((id) => id.toLowerCase()),
    );
  }
}

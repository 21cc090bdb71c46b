import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { DeliveryStatus, MailDeliveryService } from '@app/mail';
import { CurrentActor } from '../graphql/auth';
import { MailDeliveryModel, MailPreferenceModel, SetMailPreferenceInput } from './mail.models';

@Resolver()
export class MailResolver {
  constructor(private readonly deliveries: MailDeliveryService) {}

  @Query(() => [MailDeliveryModel], {
    description: 'The e-mail delivery log, newest first (coordinators and administrators)',
  })
  async mailDeliveries(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => DeliveryStatus, nullable: true }) status?: DeliveryStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<MailDeliveryModel[]> {
    return (await this.deliveries.deliveries(actor, status ?? null, first ?? 50)).map(MailDeliveryModel.from);
  }

  @Query(() => [MailPreferenceModel], { description: 'How the caller receives each kind of notice by e-mail' })
  myMailPreferences(@CurrentActor() actor: Actor): Promise<MailPreferenceModel[]> {
    return this.deliveries.preferencesOf(actor);
  }

  @Mutation(() => [MailPreferenceModel])
  setMailPreference(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetMailPreferenceInput,
  ): Promise<MailPreferenceModel[]> {
    return this.deliveries.setPreference(actor, input.kind, input.mode);
  }
}

import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, APP_CONFIG, type AppConfig } from '@app/core';
import { RegistrationService, RegistrationStatus } from '@app/identity';
import { CurrentActor, Public } from '../graphql/auth';
import { requestAddress } from '../graphql/client-address';
import type { RequestContext } from '../graphql/context';
import { RegisterEnterpriseInput, DecideRegistrationInput, RejectRegistrationInput } from './dto/registration.inputs';
import { RegistrationApplicationModel, RegistrationReceiptModel } from './models/registration.model';

@Resolver()
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => RegistrationReceiptModel, {
    description: 'An enterprise applies to join; a coordinator reviews it and the contact hears by e-mail',
  })
  async registerEnterprise(
    @Args('input') input: RegisterEnterpriseInput,
    @Context() ctx: RequestContext,
  ): Promise<RegistrationReceiptModel> {
    const app = await this.registrations.apply(input, requestAddress(ctx.req, this.config.trustProxy));
    return { id: app.id, status: app.status };
  }

  @Query(() => [RegistrationApplicationModel], { description: 'The approval queue (coordinators), oldest first' })
  async registrationApplications(
    @CurrentActor() actor: Actor,
    @Args('status', { type: () => RegistrationStatus, nullable: true }) status?: RegistrationStatus,
  ): Promise<RegistrationApplicationModel[]> {
    return (await this.registrations.list(actor, status ?? null)).map(RegistrationApplicationModel.from);
  }

  @Mutation(() => RegistrationApplicationModel, {
    description: 'Creates the enterprise and its first organisation admin, who gets the link by e-mail',
  })
  async approveRegistration(
    @CurrentActor() actor: Actor,
    @Args('input') input: DecideRegistrationInput,
  ): Promise<RegistrationApplicationModel> {
    return RegistrationApplicationModel.from(await this.registrations.approve(actor, input.id, input.version));
  }

  @Mutation(() => RegistrationApplicationModel, { description: 'The reason is e-mailed to the contact' })
  async rejectRegistration(
    @CurrentActor() actor: Actor,
    @Args('input') input: RejectRegistrationInput,
  ): Promise<RegistrationApplicationModel> {
    return RegistrationApplicationModel.from(
      await this.registrations.reject(actor, input.id, input.version, input.reason),
    );
  }
}

import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, APP_CONFIG, type AppConfig } from '@app/core';
import { PasswordService } from '@app/identity';
import { CurrentActor, Public } from '../graphql/auth';
import { requestAddress } from '../graphql/client-address';
import type { RequestContext } from '../graphql/context';
import { ChangePasswordInput, ResetPasswordInput } from './dto/password.inputs';

@Resolver()
export class PasswordResolver {
  constructor(
    private readonly passwords: PasswordService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'E-mails a single-use reset link (30 minutes). Always true: the answer does not tell whether the address has an account',
  })
  async requestPasswordReset(@Args('email') email: string, @Context() ctx: RequestContext): Promise<boolean> {
    await this.passwords.requestReset(email, requestAddress(ctx.req, this.config.trustProxy));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token from the reset e-mail; every sign-in of the account ends',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.passwords.reset(input.token, input.password);
    return true;
  }

  @Mutation(() => Boolean, { description: "Changes the caller's password; other sign-ins end, this one stays" })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.passwords.change(
      actor,
      input.currentPassword,
      input.newPassword,
      requestAddress(ctx.req, this.config.trustProxy),
    );
    return true;
  }
}

import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { InvitationService, UserService } from '@app/identity';
import { CurrentActor } from '../graphql/auth';
import { UuidPipe } from '../graphql/uuid.pipe';
import { UpdateProfileInput, UpdateUserAccessInput } from './dto/identity.inputs';
import { InvitationModel, InvitationPayload, UserModel } from './models/user.model';

/** Organisation members: invitations, deactivation, roles (coordinators for all, organisation admins for their own). */
@Resolver()
export class PeopleResolver {
  constructor(
    private readonly invitationService: InvitationService,
    private readonly users: UserService,
  ) {}

  @Query(() => [InvitationModel], {
    description: 'Invitations not yet accepted, pending and expired; without orgId all of them (alliance only)',
  })
  async invitations(
    @CurrentActor() actor: Actor,
    @Args('orgId', { type: () => ID, nullable: true }, UuidPipe) orgId?: string,
  ): Promise<InvitationModel[]> {
    return (await this.invitationService.list(actor, orgId ?? null)).map(InvitationModel.from);
  }

  @Mutation(() => InvitationPayload, { description: 'Mails a new link (the old one stops working); the expiry stays' })
  async resendInvitation(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
  ): Promise<InvitationPayload> {
    const { user, invitationToken } = await this.invitationService.resend(actor, userId);
    return { user: UserModel.from(user), invitationToken };
  }

  @Mutation(() => InvitationPayload, {
    description: 'Mails a new link valid for another 14 days (also for expired invitations)',
  })
  async reissueInvitation(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
  ): Promise<InvitationPayload> {
    const { user, invitationToken } = await this.invitationService.reissue(actor, userId);
    return { user: UserModel.from(user), invitationToken };
  }

  @Mutation(() => Boolean, {
    description: 'Withdraws an invitation not yet accepted; the address can be invited again',
  })
  async revokeInvitation(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
  ): Promise<boolean> {
    await this.invitationService.revoke(actor, userId);
    return true;
  }

  @Mutation(() => UserModel, { description: 'The person can no longer sign in; their sessions end at once' })
  async deactivateUser(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
  ): Promise<UserModel> {
    return UserModel.from(await this.users.deactivate(actor, userId));
  }

  @Mutation(() => UserModel)
  async reactivateUser(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
  ): Promise<UserModel> {
    return UserModel.from(await this.users.reactivate(actor, userId));
  }

  @Mutation(() => UserModel, {
    description:
      "Role (as the organisation's kind allows) and organisation-admin flag; the person's access tokens stop, a refresh gives one with the new rights",
  })
  async updateUserAccess(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateUserAccessInput,
  ): Promise<UserModel> {
    return UserModel.from(
      await this.users.updateAccess(actor, input.userId, { role: input.role, orgAdmin: input.orgAdmin }),
    );
  }

  @Mutation(() => UserModel, { description: "The caller's own name and e-mail language" })
  async updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<UserModel> {
    return UserModel.from(await this.users.updateProfile(actor, input));
  }
}

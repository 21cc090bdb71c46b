import { Args, Context, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Inject } from '@nestjs/common';
import { type Actor, APP_CONFIG, type AppConfig } from '@app/core';
import { AuthService, InvitationService, OrganizationService, UserService } from '@app/identity';
import { CurrentActor, Public } from '../graphql/auth';
import { requestAddress } from '../graphql/client-address';
import type { RequestContext } from '../graphql/context';
import { OrganizationKind } from '../graphql/enums';
import { requestedFields } from '../graphql/selection';
import { UuidPipe } from '../graphql/uuid.pipe';
import {
  AcceptInvitationInput,
  CreateOrganizationInput,
  InviteUserInput,
  LoginInput,
  RefreshInput,
  UpdateOrganizationInput,
} from './dto/identity.inputs';
import { OrganizationModel } from './models/organization.model';
import { AuthPayload, InvitationPayload, UserModel } from './models/user.model';

@Resolver(() => UserModel)
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly userService: UserService,
    private readonly orgs: OrganizationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Sign in; failures are throttled per (account, client address) and per client address',
  })
  async login(@Args('input') input: LoginInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    const session = await this.auth.login(input.email, input.password, requestAddress(ctx.req, this.config.trustProxy));
    return { ...session, user: UserModel.from(session.user) };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token; a reused token revokes its whole chain' })
  async refreshSession(@Args('input') input: RefreshInput): Promise<AuthPayload> {
    const session = await this.auth.refresh(input.refreshToken);
    return { ...session, user: UserModel.from(session.user) };
  }

  @Public()
  @Mutation(() => Boolean)
  async logout(@Args('input') input: RefreshInput): Promise<boolean> {
    await this.auth.logout(input.refreshToken);
    return true;
  }

  @Public()
  @Mutation(() => UserModel, { description: 'Sets the password of an invited account' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<UserModel> {
    return UserModel.from(await this.invitations.accept(input.token, input.password));
  }

  @Query(() => UserModel)
  async me(@CurrentActor() actor: Actor, @Info() info: GraphQLResolveInfo): Promise<UserModel> {
    // `me { id }` (a client checking its session): the token and the user's state (exists, active, same role and
    // organisation, not signed out) were just checked, as on every request (cached ≤ TOKEN_STATE_CACHE_MS); the id
    // needs no read.
    if ([...requestedFields(info, [])].every((field) => field === 'id' || field === '__typename'))
      return { id: actor.userId } as UserModel;
    return UserModel.from(await this.userService.get(actor.userId));
  }

  @Mutation(() => InvitationPayload, {
    description:
      'Coordinators for any organisation, organisation admins for their own; the invitee gets the link by e-mail',
  })
  async inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput): Promise<InvitationPayload> {
    const { user, invitationToken } = await this.invitations.invite(actor, input);
    return { user: UserModel.from(user), invitationToken };
  }

  @Query(() => [UserModel])
  async users(
    @CurrentActor() actor: Actor,
    @Args('orgId', { type: () => ID }, UuidPipe) orgId: string,
  ): Promise<UserModel[]> {
    return (await this.userService.listByOrg(actor, orgId)).map(UserModel.from);
  }

  @Query(() => [OrganizationModel])
  async organizations(
    @CurrentActor() _actor: Actor,
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind?: OrganizationKind,
  ): Promise<OrganizationModel[]> {
    return (await this.orgs.list(kind)).map(OrganizationModel.from);
  }

  @Query(() => OrganizationModel)
  async organization(
    @CurrentActor() _actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.orgs.get(id));
  }

  @Mutation(() => OrganizationModel)
  async createOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationModel> {
    return OrganizationModel.from(await this.orgs.create(actor, input));
  }

  @Mutation(() => OrganizationModel)
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOrganizationInput,
  ): Promise<OrganizationModel> {
    const { id, version, ...patch } = input;
    return OrganizationModel.from(await this.orgs.update(actor, id, version, patch));
  }

  /** Public: whoever holds a User object may see its organisation (login's payload has no bearer token yet). */
  @Public()
  @ResolveField('organization', () => OrganizationModel, { nullable: true })
  async userOrganization(@Parent() user: UserModel, @Context() ctx: RequestContext): Promise<OrganizationModel | null> {
    const org = await ctx.loaders.organization.load(user.orgId);
    return org ? OrganizationModel.from(org) : null;
  }
}

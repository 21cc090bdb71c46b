import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { MatchRequestService, MatchRequestStatus } from '@app/matching';
import { VersionedRefInput } from '../../catalog/dto/catalog.inputs';
import { CurrentActor } from '../../graphql/auth';
import type { RequestContext } from '../../graphql/context';
import { ConnectionType, PageArgs, toConnection } from '../../graphql/pagination';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { OrganizationModel } from '../../identity/models/organization.model';
import {
  AdvanceMatchRequestInput,
  CloseMatchRequestInput,
  DeclineMatchRequestInput,
  MatchRequestFilterInput,
  ProposeMatchInput,
  RequestMatchInput,
} from './match-request.inputs';
import { MatchRequestModel } from './match-request.model';

const MatchRequestConnection = ConnectionType(MatchRequestModel, 'MatchRequest');
type MatchRequestConnection = InstanceType<typeof MatchRequestConnection>;

@Resolver(() => MatchRequestModel)
export class MatchRequestResolver {
  constructor(private readonly service: MatchRequestService) {}

  @Query(() => MatchRequestModel, { description: 'Parties and coordinators only; NOT_FOUND for anyone else' })
  async matchRequest(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<MatchRequestModel> {
    return MatchRequestModel.from(await this.service.get(actor, id), actor);
  }

  @Query(() => MatchRequestConnection, {
    description: 'Your organisation’s requests, newest first; coordinators see all',
  })
  async matchRequests(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: MatchRequestFilterInput,
  ): Promise<MatchRequestConnection> {
    const result = await this.service.list(actor, filter ?? {}, page.first, page.cursor());
    return toConnection(result, (v) => MatchRequestModel.from(v, actor));
  }

  @Mutation(() => MatchRequestModel, { description: 'R&D leads: ask an achievement’s university for contact' })
  async requestMatch(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestMatchInput,
  ): Promise<MatchRequestModel> {
    return MatchRequestModel.from(await this.service.request(actor, input), actor);
  }

  @Mutation(() => MatchRequestModel, {
    description: 'Officers: propose one of your university’s achievements to a need',
  })
  async proposeMatch(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProposeMatchInput,
  ): Promise<MatchRequestModel> {
    return MatchRequestModel.from(await this.service.propose(actor, input), actor);
  }

  @Mutation(() => MatchRequestModel, {
    description: 'The receiving side: REQUESTED → ACCEPTED; reveals both sides’ contacts',
  })
  async acceptMatchRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: VersionedRefInput,
  ): Promise<MatchRequestModel> {
    return MatchRequestModel.from(await this.service.accept(actor, input.id, input.version), actor);
  }

  @Mutation(() => MatchRequestModel, { description: 'The receiving side: REQUESTED → DECLINED with a reason' })
  async declineMatchRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: DeclineMatchRequestInput,
  ): Promise<MatchRequestModel> {
    return MatchRequestModel.from(
      await this.service.decline(actor, input.id, input.version, input.reason, input.note),
      actor,
    );
  }

  @Mutation(() => MatchRequestModel, { description: 'The sending side: REQUESTED → WITHDRAWN' })
  async withdrawMatchRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: VersionedRefInput,
  ): Promise<MatchRequestModel> {
    return MatchRequestModel.from(await this.service.withdraw(actor, input.id, input.version), actor);
  }

  @Mutation(() => MatchRequestModel, {
    description:
      'Either side: ACCEPTED → MEETING → NEGOTIATING → SIGNED (with the contract) → LANDED, one step at a time',
  })
  async advanceMatchRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: AdvanceMatchRequestInput,
  ): Promise<MatchRequestModel> {
    const { id, version, to, contractAmountWan, contractNumber } = input;
    return MatchRequestModel.from(
      await this.service.advance(actor, id, version, MatchRequestStatus[to], { contractAmountWan, contractNumber }),
      actor,
    );
  }

  @Mutation(() => MatchRequestModel, {
    description: 'Either side, from any stage after acceptance (coordinators also before): → CLOSED with a reason',
  })
  async closeMatchRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: CloseMatchRequestInput,
  ): Promise<MatchRequestModel> {
    return MatchRequestModel.from(await this.service.close(actor, input.id, input.version, input.reason), actor);
  }

  @ResolveField('university', () => OrganizationModel, { nullable: true })
  async university(@Parent() r: MatchRequestModel, @Context() ctx: RequestContext): Promise<OrganizationModel | null> {
    const org = await ctx.loaders.organization.load(r.universityOrgId);
    return org ? OrganizationModel.from(org) : null;
  }

  @ResolveField('enterprise', () => OrganizationModel, {
    nullable: true,
    description: 'Null while a confidential need’s enterprise stays anonymous',
  })
  async enterprise(@Parent() r: MatchRequestModel, @Context() ctx: RequestContext): Promise<OrganizationModel | null> {
    if (r.enterpriseOrgId === null) return null;
    const org = await ctx.loaders.organization.load(r.enterpriseOrgId);
    return org ? OrganizationModel.from(org) : null;
  }

  @ResolveField('enterpriseLabel', () => String, {
    description: 'The enterprise name, or 某<industry>企业 while anonymous',
  })
  async enterpriseLabel(@Parent() r: MatchRequestModel, @Context() ctx: RequestContext): Promise<string> {
    if (r.enterpriseOrgId === null) return r.enterpriseLabel ?? '';
    return (await ctx.loaders.organization.load(r.enterpriseOrgId))?.name ?? '';
  }
}

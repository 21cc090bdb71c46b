import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, isAlliance } from '@app/core';
import { NeedEntity, NeedService, NeedView } from '@app/catalog';
import { CurrentActor } from '../graphql/auth';
import type { RequestContext } from '../graphql/context';
import { ConnectionType, PageArgs, toConnection } from '../graphql/pagination';
import { UuidPipe } from '../graphql/uuid.pipe';
import { OrganizationModel } from '../identity/models/organization.model';
import {
  CreateNeedInput,
  NeedFilterInput,
  RenewNeedInput,
  UpdateNeedInput,
  VersionedRefInput,
} from './dto/catalog.inputs';
import { NeedModel } from './models/need.model';

const NeedConnection = ConnectionType(NeedModel, 'Need');
type NeedConnection = InstanceType<typeof NeedConnection>;

export const needModel = (actor: Actor, view: NeedView): NeedModel =>
  NeedModel.from(view, !view.teaser && (isAlliance(actor) || actor.orgId === view.need.orgId));

const full = (need: NeedEntity): NeedView => ({ teaser: false, need });

@Resolver(() => NeedModel)
export class NeedResolver {
  constructor(private readonly service: NeedService) {}

  @Query(() => NeedModel, { description: 'By id or by key' })
  async need(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, nullable: true }, UuidPipe) id?: string,
    @Args('key', { nullable: true }) key?: string,
  ): Promise<NeedModel> {
    return needModel(actor, await this.service.get(actor, { id, key }));
  }

  @Query(() => NeedConnection)
  async needs(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: NeedFilterInput,
  ): Promise<NeedConnection> {
    const result = await this.service.list(actor, filter ?? {}, page.first, page.cursor());
    return toConnection(result, (view) => needModel(actor, view));
  }

  @Mutation(() => NeedModel, { description: 'Creates a DRAFT' })
  async createNeed(@CurrentActor() actor: Actor, @Args('input') input: CreateNeedInput): Promise<NeedModel> {
    const row = await this.service.create(actor, {
      ...input,
      minTrl: input.minTrl ?? null,
      budgetWan: input.budgetWan ?? null,
      deadline: input.deadline ?? null,
    });
    return needModel(actor, full(row));
  }

  @Mutation(() => NeedModel)
  async updateNeed(@CurrentActor() actor: Actor, @Args('input') input: UpdateNeedInput): Promise<NeedModel> {
    const { id, version, ...patch } = input;
    return needModel(actor, full(await this.service.update(actor, id, version, patch)));
  }

  @Mutation(() => NeedModel, { description: 'DRAFT → OPEN' })
  async openNeed(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<NeedModel> {
    return needModel(actor, full(await this.service.publish(actor, input.id, input.version)));
  }

  @Mutation(() => NeedModel, { description: '→ CLOSED' })
  async closeNeed(@CurrentActor() actor: Actor, @Args('input') input: VersionedRefInput): Promise<NeedModel> {
    return needModel(actor, full(await this.service.close(actor, input.id, input.version)));
  }

  @Mutation(() => NeedModel, { description: 'Reopens a closed need or extends its deadline' })
  async renewNeed(@CurrentActor() actor: Actor, @Args('input') input: RenewNeedInput): Promise<NeedModel> {
    return needModel(actor, full(await this.service.renew(actor, input.id, input.version, input.deadline)));
  }

  @ResolveField('ownerLabel', () => String, { description: 'The enterprise name, or 某<industry>企业 in a teaser' })
  async ownerLabel(@Parent() n: NeedModel, @Context() ctx: RequestContext): Promise<string> {
    if (n.teaserLabel !== null || n.orgId === null) return n.teaserLabel ?? '';
    return (await ctx.loaders.organization.load(n.orgId))?.name ?? '';
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true, description: 'Null in a teaser' })
  async organization(@Parent() n: NeedModel, @Context() ctx: RequestContext): Promise<OrganizationModel | null> {
    if (n.orgId === null) return null;
    const org = await ctx.loaders.organization.load(n.orgId);
    return org ? OrganizationModel.from(org) : null;
  }
}

import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { AchievementService } from '@app/catalog';
import { CurrentActor } from '../graphql/auth';
import type { RequestContext } from '../graphql/context';
import { ConnectionType, PageArgs, toConnection } from '../graphql/pagination';
import { UuidPipe } from '../graphql/uuid.pipe';
import { OrganizationModel } from '../identity/models/organization.model';
import {
  AchievementFilterInput,
  CreateAchievementInput,
  RenewAchievementInput,
  UpdateAchievementInput,
  VersionedRefInput,
} from './dto/catalog.inputs';
import { AchievementModel } from './models/achievement.model';

const AchievementConnection = ConnectionType(AchievementModel, 'Achievement');
type AchievementConnection = InstanceType<typeof AchievementConnection>;

@Resolver(() => AchievementModel)
export class AchievementResolver {
  constructor(private readonly service: AchievementService) {}

  @Query(() => AchievementModel, { description: 'By id or by key' })
  async achievement(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, nullable: true }, UuidPipe) id?: string,
    @Args('key', { nullable: true }) key?: string,
  ): Promise<AchievementModel> {
    return AchievementModel.from(await this.service.get(actor, { id, key }), actor);
  }

  @Query(() => AchievementConnection)
  async achievements(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: AchievementFilterInput,
  ): Promise<AchievementConnection> {
    const result = await this.service.list(actor, filter ?? {}, page.first, page.cursor());
    return toConnection(result, (e) => AchievementModel.from(e, actor));
  }

  @Mutation(() => AchievementModel, { description: 'Creates a DRAFT' })
  async createAchievement(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateAchievementInput,
  ): Promise<AchievementModel> {
    return AchievementModel.from(
      await this.service.create(actor, {
        ...input,
        askingPriceWan: input.askingPriceWan ?? null,
        ip: input.ip.map((i) => ({ type: i.type, number: i.number ?? null })),
      }),
      actor,
    );
  }

  @Mutation(() => AchievementModel)
  async updateAchievement(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateAchievementInput,
  ): Promise<AchievementModel> {
    const { id, version, ip, ...patch } = input;
    const ipItems = ip?.map((i) => ({ type: i.type, number: i.number ?? null }));
    return AchievementModel.from(
      await this.service.update(actor, id, version, { ...patch, ...(ipItems ? { ip: ipItems } : {}) }),
      actor,
    );
  }

  @Mutation(() => AchievementModel, { description: 'DRAFT → PUBLISHED, valid for one year' })
  async publishAchievement(
    @CurrentActor() actor: Actor,
    @Args('input') input: VersionedRefInput,
  ): Promise<AchievementModel> {
    return AchievementModel.from(await this.service.publish(actor, input.id, input.version), actor);
  }

  @Mutation(() => AchievementModel)
  async archiveAchievement(
    @CurrentActor() actor: Actor,
    @Args('input') input: VersionedRefInput,
  ): Promise<AchievementModel> {
    return AchievementModel.from(await this.service.archive(actor, input.id, input.version), actor);
  }

  @Mutation(() => AchievementModel, { description: 'Republishes an expired or archived listing' })
  async renewAchievement(
    @CurrentActor() actor: Actor,
    @Args('input') input: RenewAchievementInput,
  ): Promise<AchievementModel> {
    return AchievementModel.from(await this.service.renew(actor, input.id, input.version, input.validUntil), actor);
  }

  @ResolveField('organization', () => OrganizationModel, { nullable: true })
  async organization(@Parent() a: AchievementModel, @Context() ctx: RequestContext): Promise<OrganizationModel | null> {
    const org = await ctx.loaders.organization.load(a.orgId);
    return org ? OrganizationModel.from(org) : null;
  }
}

import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { participantLabel, ParticipantEntity } from '@app/events';
import { AchievementModel } from '../catalog/models/achievement.model';
import { NeedModel } from '../catalog/models/need.model';
import { needModel } from '../catalog/need.resolver';
import { CurrentActor } from '../graphql/auth';
import type { RequestContext } from '../graphql/context';
import { EventLoaderFactory } from './event-loaders';
import { EventSlotModel, EventTableModel } from './models/event.model';
import { MeetingModel, MeetingRequestModel, MeetingSuggestionModel, ParticipantModel } from './models/meeting.model';

const slotModel = (s: { id: string; position: number; startsAt: string; endsAt: string }): EventSlotModel => ({
  id: s.id,
  position: s.position,
  start: s.startsAt,
  end: s.endsAt,
});

/** Names, times and tables for the schedule board: every nested field goes through a request-scoped DataLoader. */
@Resolver(() => MeetingModel)
export class MeetingFieldsResolver {
  constructor(private readonly loaders: EventLoaderFactory) {}

  @ResolveField('slot', () => EventSlotModel, { nullable: true })
  async slot(
    @Parent() m: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<EventSlotModel | null> {
    const s = await this.loaders.of(ctx, actor).slot.load(m.slotId);
    return s ? slotModel(s) : null;
  }

  @ResolveField('table', () => EventTableModel, { nullable: true })
  async table(
    @Parent() m: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<EventTableModel | null> {
    const t = await this.loaders.of(ctx, actor).table.load(m.tableId);
    return t ? { id: t.id, name: t.name, capacity: t.capacity } : null;
  }

  @ResolveField('participants', () => [ParticipantModel], {
    description: 'The two sides: who asked, then who was asked',
  })
  async participants(
    @Parent() m: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ParticipantModel[]> {
    const loaders = this.loaders.of(ctx, actor);
    const sides = await loaders.parties.load(m.requestId);
    if (!sides) return [];
    return (await loaders.participant.loadMany(sides))
      .filter((p): p is ParticipantEntity => !!p && !(p instanceof Error))
      .map(ParticipantModel.from);
  }
}

@Resolver(() => MeetingRequestModel)
export class MeetingRequestFieldsResolver {
  constructor(private readonly loaders: EventLoaderFactory) {}

  @ResolveField('from', () => ParticipantModel, { nullable: true })
  async from(
    @Parent() r: MeetingRequestModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ParticipantModel | null> {
    const p = await this.loaders.of(ctx, actor).participant.load(r.fromParticipantId);
    return p ? ParticipantModel.from(p) : null;
  }

  @ResolveField('to', () => ParticipantModel, { nullable: true })
  async to(
    @Parent() r: MeetingRequestModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ParticipantModel | null> {
    const p = await this.loaders.of(ctx, actor).participant.load(r.toParticipantId);
    return p ? ParticipantModel.from(p) : null;
  }
}

@Resolver(() => MeetingSuggestionModel)
export class MeetingSuggestionFieldsResolver {
  constructor(private readonly loaders: EventLoaderFactory) {}

  @ResolveField('enterprise', () => ParticipantModel, { nullable: true })
  async enterprise(
    @Parent() s: MeetingSuggestionModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ParticipantModel | null> {
    const p = await this.loaders.of(ctx, actor).participant.load(s.enterpriseParticipantId);
    return p ? ParticipantModel.from(p) : null;
  }

  @ResolveField('institute', () => ParticipantModel, { nullable: true })
  async institute(
    @Parent() s: MeetingSuggestionModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<ParticipantModel | null> {
    const p = await this.loaders.of(ctx, actor).participant.load(s.instituteParticipantId);
    return p ? ParticipantModel.from(p) : null;
  }

  @ResolveField('need', () => NeedModel, { nullable: true })
  async need(
    @Parent() s: MeetingSuggestionModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<NeedModel | null> {
    const view = await ctx.loaders.need.load(s.needId);
    return view ? needModel(actor, view) : null;
  }

  @ResolveField('achievement', () => AchievementModel, { nullable: true })
  async achievement(
    @Parent() s: MeetingSuggestionModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<AchievementModel | null> {
    const a = await ctx.loaders.achievement.load(s.achievementId);
    return a ? AchievementModel.from(a, actor) : null;
  }
}

@Resolver(() => ParticipantModel)
export class ParticipantListingsResolver {
  constructor(private readonly loaders: EventLoaderFactory) {}

  @ResolveField('displayName', () => String, {
    description: 'The organisation’s name, or a guest’s organisation and name',
  })
  async displayName(@Parent() p: ParticipantModel, @Context() ctx: RequestContext): Promise<string> {
    const org = p.orgId ? await ctx.loaders.organization.load(p.orgId) : null;
    return participantLabel(p.entity, new Map(org ? [[org.id, org.name]] : []));
  }

  @ResolveField('achievements', () => [AchievementModel], {
    description: 'Published achievements (universities), at most 20',
  })
  async achievements(
    @Parent() p: ParticipantModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<AchievementModel[]> {
    if (!p.orgId) return [];
    return (await this.loaders.of(ctx, actor).listings.load(p.orgId)).achievements.map((a) =>
      AchievementModel.from(a, actor),
    );
  }

  @ResolveField('needs', () => [NeedModel], {
    description:
      'Open needs (enterprises) you may see whole, at most 20; confidential ones are never listed under the enterprise',
  })
  async needs(
    @Parent() p: ParticipantModel,
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
  ): Promise<NeedModel[]> {
    if (!p.orgId) return [];
    return (await this.loaders.of(ctx, actor).listings.load(p.orgId)).needs.map((v) => needModel(actor, v));
  }
}

import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { checkFirst, type Actor } from '@app/core';
import { type Match, MatchingService, MAX_MATCHES, reasonMessage } from '@app/matching';
import { AchievementModel } from '../catalog/models/achievement.model';
import { needModel } from '../catalog/need.resolver';
import { CurrentActor } from '../graphql/auth';
import type { RequestContext } from '../graphql/context';
import { UuidPipe } from '../graphql/uuid.pipe';
import { MatchFactor, MatchModel, ReasonEffect } from './match.model';

const checkMatchesFirst = (first: number): number => checkFirst(first, MAX_MATCHES);

@Resolver(() => MatchModel)
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => [MatchModel], {
    description: 'Achievements most worth a conversation for this need, best first (at most 50)',
  })
  async matchesForNeed(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID }, UuidPipe) needId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @Context() ctx: RequestContext,
  ): Promise<MatchModel[]> {
    return this.toModels(actor, ctx, await this.matching.forNeed(actor, needId, checkMatchesFirst(first)));
  }

  @Query(() => [MatchModel], { description: 'Open needs this achievement could serve, best first (at most 50)' })
  async matchesForAchievement(
    @CurrentActor() actor: Actor,
    @Args('achievementId', { type: () => ID }, UuidPipe) achievementId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @Context() ctx: RequestContext,
  ): Promise<MatchModel[]> {
    return this.toModels(
      actor,
      ctx,
      await this.matching.forAchievement(actor, achievementId, checkMatchesFirst(first)),
    );
  }

  /** Both sides go through the request's loaders, so visibility and teasers apply as everywhere else. */
  private async toModels(actor: Actor, ctx: RequestContext, matches: Match[]): Promise<MatchModel[]> {
    const models = await Promise.all(
      matches.map(async (m): Promise<MatchModel | null> => {
        const [a, n] = await Promise.all([
          ctx.loaders.achievement.load(m.achievement.id),
          ctx.loaders.need.load(m.need.id),
        ]);
        if (!a || !n) return null;
        return {
          achievement: AchievementModel.from(a, actor),
          need: needModel(actor, n),
          score: m.score,
          reasons: m.reasons.map((r) => ({
            factor: r.factor as MatchFactor,
            code: r.code,
            effect: r.effect as ReasonEffect,
            contribution: r.contribution,
            params: { ...r.params },
            message: reasonMessage(r, ctx.lang),
          })),
        };
      }),
    );
    return models.filter((m): m is MatchModel => m !== null);
  }
}

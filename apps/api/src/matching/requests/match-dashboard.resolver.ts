import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { MatchDashboardService, reportLang } from '@app/matching';
import { CurrentActor } from '../../graphql/auth';
import type { RequestContext } from '../../graphql/context';
import { MatchDashboardModel } from './dashboard.model';
import { DateRangeArgs } from './match-request.inputs';

@Resolver(() => MatchDashboardModel)
export class MatchDashboardResolver {
  constructor(private readonly service: MatchDashboardService) {}

  @Query(() => MatchDashboardModel, { description: 'Coordinators: what came of the requests created in the range' })
  matchDashboard(@CurrentActor() actor: Actor, @Args() range: DateRangeArgs): Promise<MatchDashboardModel> {
    return this.service.dashboard(actor, range.from, range.to);
  }

  @Query(() => String, {
    description:
      'Coordinators: the requests created in the range (Asia/Shanghai days) as CSV (RFC 4180, UTF-8 with BOM), times in Asia/Shanghai, ' +
      'Chinese titles and labels unless Accept-Language prefers en; also GET /export/match-requests.csv?from=&to=',
  })
  matchRequestsCsv(
    @CurrentActor() actor: Actor,
    @Args() range: DateRangeArgs,
    @Context() ctx: RequestContext,
  ): Promise<string> {
    return this.service.csv(actor, range.from, range.to, reportLang(ctx.req.headers['accept-language']));
  }
}

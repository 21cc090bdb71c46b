import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@app/core';
import { MatchDashboardService } from '@app/matching';
import { CurrentActor } from '../../graphql/auth';
import { MatchDashboardModel } from './dashboard.model';
import { DateRangeArgs } from './match-request.inputs';

@Resolver(() => MatchDashboardModel)
export class MatchDashboardResolver {
  constructor(private readonly service: MatchDashboardService) {}

  @Query(() => MatchDashboardModel, { description: 'Coordinators: what came of the requests created in the range' })
  matchDashboard(@CurrentActor() actor: Actor, @Args() range: DateRangeArgs): Promise<MatchDashboardModel> {
    return this.service.dashboard(actor, range.from, range.to);
  }

  @Query(() => String, { description: 'Coordinators: the requests created in the range as CSV (RFC 4180, UTF-8 with BOM); also GET /export/match-requests.csv?from=&to=' })
  matchRequestsCsv(@CurrentActor() actor: Actor, @Args() range: DateRangeArgs): Promise<string> {
    return this.service.csv(actor, range.from, range.to);
  }
}

import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MatchRequestStatus } from '@app/matching';

@ObjectType('MatchStageCount')
export class MatchStageCountModel {
  @Field(() => MatchRequestStatus) status: MatchRequestStatus;
  @Field(() => Int) count: number;
}

@ObjectType({ isAbstract: true })
export class MatchFiguresModel {
  @Field(() => Int) total: number;
  @Field(() => [MatchStageCountModel], { description: 'Every status, zeros included' })
  countsByStatus: MatchStageCountModel[];
  @Field(() => Float, {
    nullable: true,
    description:
      'accepted ÷ (accepted + declined + expired); withdrawn and pending requests are not counted; null when none was decided',
  })
  acceptanceRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours from request to accept or decline' })
  medianHoursToAnswer: number | null;
  @Field(() => Float, { description: 'Sum of contract amounts (万元) of requests that reached SIGNED' })
  signedAmountWan: number;
}

@ObjectType('MatchFigureGroup')
export class MatchFigureGroupModel extends MatchFiguresModel {
  @Field({ description: 'Industry code or organisation id' }) key: string;
  @Field({ description: 'Industry label or organisation name' }) label: string;
}

@ObjectType('MatchDashboard', {
  description: 'Requests created between from and to (whole days, Asia/Shanghai, both included)',
})
export class MatchDashboardModel extends MatchFiguresModel {
  @Field() from: string;
  @Field() to: string;
  @Field(() => [MatchFigureGroupModel], { description: 'By the achievement’s industry' })
  byIndustry: MatchFigureGroupModel[];
  @Field(() => [MatchFigureGroupModel]) byUniversity: MatchFigureGroupModel[];
  @Field(() => [MatchFigureGroupModel]) byEnterprise: MatchFigureGroupModel[];
}

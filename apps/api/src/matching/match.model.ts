import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AchievementModel } from '../catalog/models/achievement.model';
import { NeedModel } from '../catalog/models/need.model';

export enum MatchFactor {
  TEXT = 'TEXT',
  INDUSTRY = 'INDUSTRY',
  TRL = 'TRL',
  PRICE = 'PRICE',
  COOPERATION = 'COOPERATION',
  FRESHNESS = 'FRESHNESS',
  HIDDEN_REQUIREMENTS = 'HIDDEN_REQUIREMENTS',
}
registerEnumType(MatchFactor, {
  name: 'MatchFactor',
  valuesMap: { HIDDEN_REQUIREMENTS: { description: "A confidential need's TRL, budget and cooperation modes, folded into one reason for outsiders" } },
});

@ObjectType()
export class MatchReasonModel {
  @Field(() => MatchFactor) factor: MatchFactor;
  @Field(() => Float, { description: 'Signed share of the score; the contributions add up to the score' }) contribution: number;
  @Field({ description: 'e.g. "TRL 5 below the required 7", "terms in common: 钝化, 隧穿氧化层"' }) message: string;
}

@ObjectType('Match', { description: 'A need and an achievement worth a conversation, with the reasons' })
export class MatchModel {
  @Field(() => AchievementModel) achievement: AchievementModel;
  @Field(() => NeedModel, { description: 'A teaser when it is another enterprise’s confidential need' }) need: NeedModel;
  @Field(() => Float, { description: '0..1' }) score: number;
  @Field(() => [MatchReasonModel]) reasons: MatchReasonModel[];
}

import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AchievementModel } from '../catalog/models/achievement.model';
import { NeedModel } from '../catalog/models/need.model';
import { JsonObjectScalar } from '../graphql/json.scalar';

export enum MatchFactor {
  TEXT = 'TEXT',
  INDUSTRY = 'INDUSTRY',
  TRL = 'TRL',
  PRICE = 'PRICE',
  COOPERATION_MODE = 'COOPERATION_MODE',
  FRESHNESS = 'FRESHNESS',
  HIDDEN_REQUIREMENTS = 'HIDDEN_REQUIREMENTS',
}
registerEnumType(MatchFactor, {
  name: 'MatchFactor',
  valuesMap: {
    HIDDEN_REQUIREMENTS: {
      description: "A confidential need's TRL, budget and cooperation modes, folded into one reason for outsiders",
    },
  },
});

export enum ReasonEffect {
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
}
registerEnumType(ReasonEffect, { name: 'ReasonEffect', description: 'The sign of a reason’s contribution' });

@ObjectType()
export class MatchReasonModel {
  @Field(() => MatchFactor) factor: MatchFactor;
  @Field({
    description:
      'Which sentence, e.g. TRL_BELOW, MODES_SHARED; with params it is the whole reason (libs/matching/src/ranking/reason-messages.ts)',
  })
  code: string;
  @Field(() => ReasonEffect) effect: ReasonEffect;
  @Field(() => Float, { description: 'Signed share of the score; the contributions add up to the score' })
  contribution: number;
  @Field(() => JsonObjectScalar, {
    description:
      'The figures the sentence is built from, e.g. { "offered": 3, "required": 7 }; industries and cooperation modes as their enum values',
  })
  params: Record<string, unknown>;
  @Field({
    description:
      'The sentence in the caller’s language (Accept-Language; Chinese by default), e.g. "技术成熟度 3 级，低于要求的 7 级"',
  })
  message: string;
}

@ObjectType('Match', { description: 'A need and an achievement worth a conversation, with the reasons' })
export class MatchModel {
  @Field(() => AchievementModel) achievement: AchievementModel;
  @Field(() => NeedModel, { description: 'A teaser when it is another enterprise’s confidential need' })
  need: NeedModel;
  @Field(() => Float, { description: '0..1' }) score: number;
  @Field(() => [MatchReasonModel]) reasons: MatchReasonModel[];
}

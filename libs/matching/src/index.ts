export type {
  Match,
  MatchAchievement,
  MatchFactor,
  MatchNeed,
  MatchReason,
  ReasonEffect,
  PairScore,
  RankedSide,
  ScoreContext,
  TextEvidence,
} from './ranking/types';
export { MATCH_WEIGHTS, type FieldWeights, type MatchWeights, type TextRelevanceWeights } from './ranking/weights';
export {
  cooperationFactor,
  freshnessFactor,
  industryFactor,
  priceFactor,
  textFactor,
  trlFactor,
} from './ranking/factors';
export { industryProximity } from './ranking/industry-proximity';
export { REASON_CODES, type ReasonCode, type ReasonParams, reasonMessage } from './ranking/reason-messages';
export { compareMatches, rankCandidates, scorePair } from './ranking/score';
export { type MatchOptions, type MatchSources, matchesForAchievement, matchesForNeed } from './ranking/match-pipeline';
export { BagCache } from './ranking/bag-cache';
export { achievementDocument, needDocument } from './ranking/documents';
export { MatchingService, MAX_MATCHES, toMatchAchievement, toMatchNeed } from './matching.service';
export { MatchingModule } from './matching.module';
export * from './requests';
export * from './notifications';
export * from './vocabulary';

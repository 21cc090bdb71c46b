import type { CooperationMode, Industry } from '@app/core';
import type { ReasonCode, ReasonParams } from './reason-messages';

/** A technical need as the ranking sees it: plain data, no entity, no GraphQL type. */
export interface MatchNeed {
  id: string;
  key: string;
  title: string;
  /** Absent when the viewer may not read it (confidential need seen by another organisation). */
  description?: string | null;
  industry: Industry;
  keywords: readonly string[];
  minTrl?: number | null;
  budgetWan?: number | null;
  cooperationModes: readonly CooperationMode[];
  confidential: boolean;
  /** ISO date; a need past its deadline is treated as expired when needs are ranked. */
  deadline?: string | null;
  publishedAt?: string | null;
}

/** A research achievement as the ranking sees it. */
export interface MatchAchievement {
  id: string;
  key: string;
  title: string;
  summary: string;
  industry: Industry;
  keywords: readonly string[];
  trl: number;
  /** null = 面议 (price on request): never violates a budget. */
  askingPriceWan?: number | null;
  cooperationModes: readonly CooperationMode[];
  publishedAt: string;
  validUntil?: string | null;
}

/** What text retrieval says about one pair. */
export interface TextEvidence {
  /** Text relevance normalised to [0, 1] within one result list (1 = best candidate of that list). */
  relevance: number;
  /** Terms both sides share, most telling first; shown to the user. */
  commonTerms: readonly string[];
}

/** HIDDEN_REQUIREMENTS: a confidential need's TRL, budget and modes folded into one reason for outsiders. */
export type MatchFactor =
  'TEXT' | 'INDUSTRY' | 'TRL' | 'PRICE' | 'COOPERATION_MODE' | 'FRESHNESS' | 'HIDDEN_REQUIREMENTS';
export type ReasonEffect = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE';

/** One factor's part in a score, as data (code + params) and as a sentence built from them (reason-messages.ts). */
export interface MatchReason {
  factor: MatchFactor;
  /** Which sentence; with `params` it says everything the message says. */
  code: ReasonCode;
  /** The sign of the contribution. */
  effect: ReasonEffect;
  /** Signed share of the score this factor brought; the contributions add up to the score (before clamping). */
  contribution: number;
  params: ReasonParams;
  /** The sentence in Chinese (zh-CN), for callers that show one language; the API renders it in the caller's. */
  message: string;
}

export interface PairScore {
  score: number;
  reasons: MatchReason[];
}

/** Which side is being ranked: achievements for a need, or needs for an achievement. */
export type RankedSide = 'ACHIEVEMENT' | 'NEED';

export interface ScoreContext {
  /** Reference time for freshness; passed in so scores are reproducible. */
  now: Date;
  ranked: RankedSide;
  /**
   * The viewer sees the need as its teaser (confidential, other organisation): the pair is still scored on the real
   * need, but only teaser-safe reasons are given (see teaserSafeReasons).
   */
  needTeaser?: boolean;
}

export interface Match {
  need: MatchNeed;
  achievement: MatchAchievement;
  score: number;
  reasons: MatchReason[];
}

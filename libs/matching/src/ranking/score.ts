import { cooperationFactor, freshnessFactor, industryFactor, priceFactor, textFactor, trlFactor } from './factors';
import { teaserSafeReasons, teaserTerms } from './teaser-reasons';
import type { Match, MatchAchievement, MatchNeed, MatchReason, PairScore, ScoreContext, TextEvidence } from './types';
import { MATCH_WEIGHTS, type MatchWeights } from './weights';

/**
 * Scores one (need, achievement) pair. The same function serves both directions: only freshness depends on which
 * side is ranked (the listing the user is choosing among). Constraints are always the need's.
 */
export function scorePair(
  need: MatchNeed,
  achievement: MatchAchievement,
  text: TextEvidence,
  ctx: ScoreContext,
  weights: MatchWeights = MATCH_WEIGHTS,
): PairScore {
  const r = text.relevance;
  const freshness =
    ctx.ranked === 'ACHIEVEMENT'
      ? freshnessFactor(achievement.publishedAt, achievement.validUntil, ctx.now, weights)
      : freshnessFactor(need.publishedAt, need.deadline, ctx.now, weights);
  const constraints = compound(
    [
      trlFactor(achievement.trl, need.minTrl, r, weights),
      priceFactor(achievement.askingPriceWan, need.budgetWan, r, weights),
      cooperationFactor(need.cooperationModes, achievement.cooperationModes, r, weights),
    ],
    weights,
  );
  const terms = ctx.needTeaser ? teaserTerms(text.commonTerms, need) : text.commonTerms;
  const reasons = [
    textFactor(r, terms, weights),
    industryFactor(need.industry, achievement.industry, weights),
    ...constraints,
    freshness,
  ];
  const sum = reasons.reduce((s, x) => s + x.contribution, 0);
  const score = Math.round(Math.min(1, Math.max(0, sum)) * 10_000) / 10_000;
  return { score, reasons: ctx.needTeaser ? teaserSafeReasons(reasons, ctx.ranked) : reasons };
}

/**
 * Two or more broken hard constraints weigh more than their sum: the need's owner reads such a listing as a
 * different project, not as a near miss.
 */
function compound(constraints: MatchReason[], w: MatchWeights): MatchReason[] {
  const broken = constraints.filter((c) => c.contribution < 0).length;
  if (broken < 2) return constraints;
  return constraints.map((c) =>
    c.contribution < 0 ? { ...c, contribution: Math.round(c.contribution * w.compoundViolation * 10_000) / 10_000 } : c,
  );
}

/** Best first; ties broken by the ranked side's key so results are stable across engines. */
export function compareMatches(ranked: ScoreContext['ranked']) {
  const key = (m: Match): string => (ranked === 'ACHIEVEMENT' ? m.achievement.key : m.need.key);
  return (a: Match, b: Match): number => b.score - a.score || key(a).localeCompare(key(b));
}

/** Scores and sorts a candidate list, keeping the first `first`. */
export function rankCandidates(
  pairs: ReadonlyArray<{ need: MatchNeed; achievement: MatchAchievement; text: TextEvidence }>,
  ctx: ScoreContext,
  first: number,
  weights: MatchWeights = MATCH_WEIGHTS,
): Match[] {
  return pairs
    .map(({ need, achievement, text }) => ({ need, achievement, ...scorePair(need, achievement, text, ctx, weights) }))
    .sort(compareMatches(ctx.ranked))
    .slice(0, Math.max(0, first));
}

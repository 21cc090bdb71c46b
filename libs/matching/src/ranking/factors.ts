import type { CooperationMode, Industry } from '@app/core';
import { industryProximity } from './industry-proximity';
import { reasonMessage, type ReasonCode, type ReasonParams } from './reason-messages';
import type { MatchFactor, MatchReason } from './types';
import type { MatchWeights } from './weights';

/** How many shared terms a TEXT reason lists; more reads as noise. */
const MAX_TERMS_SHOWN = 5;
const DAY_MS = 86_400_000;

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
/** How much of a violation's penalty applies at text relevance r (see MATCH_WEIGHTS.penaltyRelevancePower). */
const demotionScale = (r: number, w: MatchWeights): number => Math.pow(r, w.penaltyRelevancePower);

/** A reason with its effect (the contribution's sign) and its Chinese sentence. */
export function makeReason(
  factor: MatchFactor,
  code: ReasonCode,
  contribution: number,
  params: ReasonParams = {},
): MatchReason {
  const effect = contribution > 0 ? 'POSITIVE' : contribution < 0 ? 'NEGATIVE' : 'NEUTRAL';
  return { factor, code, effect, contribution, params, message: reasonMessage({ code, params }) };
}

export function textFactor(relevance: number, commonTerms: readonly string[], w: MatchWeights): MatchReason {
  const r = clamp01(relevance);
  const terms = commonTerms.slice(0, MAX_TERMS_SHOWN);
  const contribution = round(w.text * r);
  return terms.length > 0
    ? makeReason('TEXT', 'TEXT_SHARED_TERMS', contribution, { terms })
    : makeReason('TEXT', 'TEXT_NO_SHARED_TERMS', contribution);
}

export function industryFactor(wanted: Industry, offered: Industry, w: MatchWeights): MatchReason {
  const p = industryProximity(wanted, offered);
  const contribution = round(w.industry * p);
  if (wanted === offered) return makeReason('INDUSTRY', 'INDUSTRY_SAME', contribution, { industry: wanted });
  return makeReason('INDUSTRY', p >= 0.5 ? 'INDUSTRY_ADJACENT' : 'INDUSTRY_DISTANT', contribution, { wanted, offered });
}

/** TRL at least the need's minimum; `relevance` scales the effect (see MATCH_WEIGHTS). */
export function trlFactor(
  trl: number,
  minTrl: number | null | undefined,
  relevance: number,
  w: MatchWeights,
): MatchReason {
  const r = clamp01(relevance);
  if (minTrl == null) return makeReason('TRL', 'TRL_NO_MINIMUM', round(w.trl * r), { offered: trl });
  if (trl >= minTrl) return makeReason('TRL', 'TRL_MEETS', round(w.trl * r), { offered: trl, required: minTrl });
  const severity = Math.min(1, w.trlSeverity.base + w.trlSeverity.perLevel * (minTrl - trl));
  return makeReason('TRL', 'TRL_BELOW', round(-w.penalty.trl * severity * demotionScale(r, w)), {
    offered: trl,
    required: minTrl,
  });
}

/** Asking price within budget; a null price is 面议 and never a violation. */
export function priceFactor(
  priceWan: number | null | undefined,
  budgetWan: number | null | undefined,
  relevance: number,
  w: MatchWeights,
): MatchReason {
  const r = clamp01(relevance);
  const met = (code: ReasonCode, params: ReasonParams): MatchReason =>
    makeReason('PRICE', code, round(w.price * r), params);
  if (priceWan == null) return met('PRICE_NEGOTIABLE', budgetWan == null ? {} : { budget: budgetWan });
  if (budgetWan == null) return met('PRICE_NO_BUDGET', { price: priceWan });
  if (priceWan <= budgetWan) return met('PRICE_WITHIN_BUDGET', { price: priceWan, budget: budgetWan });
  // A zero budget with a positive price is as far over as it gets.
  const over = budgetWan > 0 ? priceWan / budgetWan - 1 : Number.POSITIVE_INFINITY;
  const severity = Math.min(1, w.priceSeverity.base + w.priceSeverity.perRatio * over);
  return makeReason('PRICE', 'PRICE_OVER_BUDGET', round(-w.penalty.price * severity * demotionScale(r, w)), {
    price: priceWan,
    budget: budgetWan,
  });
}

/** At least one cooperation mode both sides accept. */
export function cooperationFactor(
  wanted: readonly CooperationMode[],
  offered: readonly CooperationMode[],
  relevance: number,
  w: MatchWeights,
): MatchReason {
  const r = clamp01(relevance);
  const shared = wanted.filter((m) => offered.includes(m));
  if (shared.length > 0) return makeReason('COOPERATION_MODE', 'MODES_SHARED', round(w.cooperation * r), { shared });
  return makeReason('COOPERATION_MODE', 'MODES_NONE_SHARED', round(-w.penalty.cooperation * demotionScale(r, w)), {
    wanted: [...wanted],
    offered: [...offered],
  });
}

/**
 * Freshness of the ranked listing. `publishedAt` may be unknown (needs carry no publication date everywhere);
 * `expiresAt` is an achievement's validUntil or a need's deadline.
 */
export function freshnessFactor(
  publishedAt: string | null | undefined,
  expiresAt: string | null | undefined,
  now: Date,
  w: MatchWeights,
): MatchReason {
  const nowMs = now.getTime();
  const expiry = expiresAt ? Date.parse(expiresAt) : Number.NaN;
  if (!Number.isNaN(expiry) && expiry + DAY_MS <= nowMs) {
    return makeReason('FRESHNESS', 'EXPIRED', round(-w.expiredPenalty), { date: expiresAt!.slice(0, 10) });
  }
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(published)) {
    return makeReason('FRESHNESS', 'PUBLISHED_UNKNOWN', round(w.freshness * 0.5));
  }
  const ageDays = Math.max(0, (nowMs - published) / DAY_MS);
  const value = Math.pow(0.5, ageDays / w.freshnessHalfLifeDays);
  const contribution = round(w.freshness * value);
  if (ageDays < 60) return makeReason('FRESHNESS', 'PUBLISHED_DAYS_AGO', contribution, { days: Math.round(ageDays) });
  return makeReason('FRESHNESS', 'PUBLISHED_MONTHS_AGO', contribution, { months: Math.round(ageDays / 30.44) });
}

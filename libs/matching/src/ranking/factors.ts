import { COOPERATION_LABELS, INDUSTRY_LABELS, type CooperationMode, type Industry } from '@app/core';
import { industryProximity } from './industry-proximity';
import type { MatchReason } from './types';
import type { MatchWeights } from './weights';

/** How many shared terms a TEXT reason lists; more reads as noise. */
const MAX_TERMS_SHOWN = 5;
const DAY_MS = 86_400_000;

const round = (x: number): number => Math.round(x * 10_000) / 10_000;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
/** How much of a violation's penalty applies at text relevance r (see MATCH_WEIGHTS.penaltyRelevancePower). */
const demotionScale = (r: number, w: MatchWeights): number => Math.pow(r, w.penaltyRelevancePower);
const modeNames = (modes: readonly CooperationMode[]): string => modes.map((m) => COOPERATION_LABELS[m]).join(', ');

export function textFactor(relevance: number, commonTerms: readonly string[], w: MatchWeights): MatchReason {
  const r = clamp01(relevance);
  const terms = commonTerms.slice(0, MAX_TERMS_SHOWN);
  const message = terms.length > 0 ? `terms in common: ${terms.join(', ')}` : 'no terms in common';
  return { factor: 'TEXT', contribution: round(w.text * r), message };
}

export function industryFactor(wanted: Industry, offered: Industry, w: MatchWeights): MatchReason {
  const p = industryProximity(wanted, offered);
  let message: string;
  if (wanted === offered) message = `same industry: ${INDUSTRY_LABELS[wanted]}`;
  else if (p >= 0.5) message = `adjacent industry: ${INDUSTRY_LABELS[offered]} serves ${INDUSTRY_LABELS[wanted]}`;
  else message = `distant industry: ${INDUSTRY_LABELS[offered]} for a ${INDUSTRY_LABELS[wanted]} need`;
  return { factor: 'INDUSTRY', contribution: round(w.industry * p), message };
}

/** TRL at least the need's minimum; `relevance` scales the effect (see MATCH_WEIGHTS). */
export function trlFactor(trl: number, minTrl: number | null | undefined, relevance: number, w: MatchWeights): MatchReason {
  const r = clamp01(relevance);
  if (minTrl == null) return { factor: 'TRL', contribution: round(w.trl * r), message: `TRL ${trl}, no minimum required` };
  if (trl >= minTrl) return { factor: 'TRL', contribution: round(w.trl * r), message: `TRL ${trl} meets the required ${minTrl}` };
  const severity = Math.min(1, w.trlSeverity.base + w.trlSeverity.perLevel * (minTrl - trl));
  return { factor: 'TRL', contribution: round(-w.penalty.trl * severity * demotionScale(r, w)), message: `TRL ${trl} below the required ${minTrl}` };
}

/** Asking price within budget; a null price is 面议 and never a violation. */
export function priceFactor(
  priceWan: number | null | undefined,
  budgetWan: number | null | undefined,
  relevance: number,
  w: MatchWeights,
): MatchReason {
  const r = clamp01(relevance);
  const met = (message: string): MatchReason => ({ factor: 'PRICE', contribution: round(w.price * r), message });
  const budget = `the budget of ${budgetWan}万`;
  if (priceWan == null) return met(budgetWan == null ? 'price 面议, no budget set' : `price 面议 (budget ${budgetWan}万)`);
  if (budgetWan == null) return met(`asking price ${priceWan}万, no budget set`);
  if (priceWan <= budgetWan) return met(`asking price ${priceWan}万 within ${budget}`);
  // A zero budget with a positive price is as far over as it gets.
  const over = budgetWan > 0 ? priceWan / budgetWan - 1 : Number.POSITIVE_INFINITY;
  const severity = Math.min(1, w.priceSeverity.base + w.priceSeverity.perRatio * over);
  return {
    factor: 'PRICE',
    contribution: round(-w.penalty.price * severity * demotionScale(r, w)),
    message: `asking price ${priceWan}万 over ${budget}`,
  };
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
  if (shared.length > 0) {
    return { factor: 'COOPERATION', contribution: round(w.cooperation * r), message: `shares ${modeNames(shared)}` };
  }
  return {
    factor: 'COOPERATION',
    contribution: round(-w.penalty.cooperation * demotionScale(r, w)),
    message: `no shared cooperation mode: wants ${modeNames(wanted)}, offers ${modeNames(offered)}`,
  };
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
    return { factor: 'FRESHNESS', contribution: round(-w.expiredPenalty), message: `expired on ${expiresAt!.slice(0, 10)}` };
  }
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(published)) {
    return { factor: 'FRESHNESS', contribution: round(w.freshness * 0.5), message: 'publication date unknown' };
  }
  const ageDays = Math.max(0, (nowMs - published) / DAY_MS);
  const value = Math.pow(0.5, ageDays / w.freshnessHalfLifeDays);
  const age = ageDays < 60 ? `${Math.round(ageDays)} days` : `${Math.round(ageDays / 30.44)} months`;
  return { factor: 'FRESHNESS', contribution: round(w.freshness * value), message: `published ${age} ago` };
}

import { normalizeText } from '@app/text-analysis';
import { makeReason } from './factors';
import type { MatchNeed, MatchReason, RankedSide } from './types';

/** Factors that read a confidential need's hidden fields: TRL, budget, cooperation modes (and its dates). */
const HIDDEN_FACTORS: ReadonlySet<MatchReason['factor']> = new Set(['TRL', 'PRICE', 'COOPERATION_MODE']);

/** The terms of a TEXT reason that the need's teaser itself shows (title, keywords); others come from hidden text. */
export function teaserTerms(terms: readonly string[], need: Pick<MatchNeed, 'title' | 'keywords'>): string[] {
  const shown = normalizeText([need.title, ...need.keywords].join(' '));
  return terms.filter((t) => shown.includes(normalizeText(t)));
}

/**
 * Reasons an outsider of a confidential need may read. The pair is scored on the real need; the factors that read
 * its hidden fields (and, when needs are ranked, its dates) are folded into one HIDDEN_REQUIREMENTS reason carrying
 * their summed contribution, so the contributions still add up to the score and nothing tells which requirement
 * was met or missed. TEXT terms are expected already limited to the teaser's (teaserTerms).
 */
export function teaserSafeReasons(reasons: readonly MatchReason[], ranked: RankedSide): MatchReason[] {
  const hidden = (r: MatchReason): boolean =>
    HIDDEN_FACTORS.has(r.factor) || (ranked === 'NEED' && r.factor === 'FRESHNESS');
  const folded = reasons.filter(hidden);
  const kept = reasons.filter((r) => !hidden(r));
  if (!folded.length) return kept;
  const contribution = Math.round(folded.reduce((s, r) => s + r.contribution, 0) * 10_000) / 10_000;
  return [...kept, makeReason('HIDDEN_REQUIREMENTS', 'HIDDEN_REQUIREMENTS', contribution)];
}

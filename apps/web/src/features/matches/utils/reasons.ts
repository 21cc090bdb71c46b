import type { MatchFactor } from '../../../gql/graphql';

export interface Reason {
  factor: MatchFactor;
  contribution: number;
  message: string;
}

export interface ReasonRow extends Reason {
  /** Share of the score in percent points (0..100), signed. */
  points: number;
  effect: 'positive' | 'negative' | 'neutral';
  /** Bar width relative to the largest contribution (0..100). */
  barPercent: number;
}

/**
 * The per-factor breakdown a person reads: largest effect first, each contribution as points of 100 with
 * its direction. The contributions add up to the score (API contract), so the points add up to score×100.
 */
export function reasonRows(reasons: readonly Reason[]): ReasonRow[] {
  const largest = Math.max(1e-9, ...reasons.map((r) => Math.abs(r.contribution)));
  return [...reasons]
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.factor.localeCompare(b.factor))
    .map((r) => ({
      ...r,
      points: Math.round(r.contribution * 1000) / 10,
      effect: Math.abs(r.contribution) < 0.0005 ? 'neutral' : r.contribution > 0 ? 'positive' : 'negative',
      barPercent: Math.round((Math.abs(r.contribution) / largest) * 100),
    }));
}

/** Score 0..1 as a whole percentage. */
export function scorePercent(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 100);
}

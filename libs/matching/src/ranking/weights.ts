import type { VariantParams } from './variants';

export interface FieldWeights {
  readonly title: number;
  readonly keywords: number;
  readonly body: number;
}

/** A word inside a thesaurus compound borrows its relations: weight × similarity, above minSimilarity (Dice). */
export interface CompoundParams {
  readonly weight: number;
  readonly minSimilarity: number;
}

/** How text relevance is computed over the candidates (see match-pipeline.ts and relevance.ts). */
export interface TextRelevanceWeights {
  /** Candidates fetched by the engine query, and by the query of learnt terms. */
  readonly candidates: number;
  readonly feedbackCandidates: number;
  /** Key terms of the body added to the engine query after title and keywords. */
  readonly engineBodyTerms: number;
  /** Concept weight × specificity^power (general-language idf, see specificity.ts); 0 turns it off. */
  readonly specificityPower: number;
  /** Weight of a thesaurus synonym / related term relative to the word itself. */
  readonly expansion: { readonly synonym: number; readonly related: number };
  /** Weights of the querying side's texts. */
  readonly query: FieldWeights;
  /** Weights of the candidate's fields in its bag of words. */
  readonly document: FieldWeights;
  readonly bm25: { readonly k1: number; readonly b: number; readonly tieBreaker: number };
  /** Pseudo-relevance feedback: top documents read, terms learnt, their total weight relative to the query's. */
  readonly feedback: { readonly docs: number; readonly terms: number; readonly alpha: number };
  /** Learnt terms sent in a second engine query to widen the candidates (0: no second query). */
  readonly feedbackSearchTerms: number;
  /** Discount of that query's engine scores (it asks in the catalog's words, not the listing's). */
  readonly feedbackSearchWeight: number;
  /** Written variants of the querying side's Chinese words among the candidates' (variants.ts). */
  readonly variants: VariantParams;
  /** A word the thesaurus knows only inside a compound borrows the compound's relations (listing-text.ts). */
  readonly compounds: CompoundParams;
  /** Relevance = mix of the plain concept score, the feedback-expanded score and the engine's score. */
  readonly mix: { readonly plain: number; readonly feedback: number; readonly engine: number };
}

export interface MatchWeights {
  readonly text: number;
  readonly industry: number;
  readonly trl: number;
  readonly price: number;
  readonly cooperation: number;
  readonly freshness: number;
  readonly penalty: { readonly trl: number; readonly price: number; readonly cooperation: number };
  readonly penaltyRelevancePower: number;
  readonly compoundViolation: number;
  readonly trlSeverity: { readonly base: number; readonly perLevel: number };
  readonly priceSeverity: { readonly base: number; readonly perRatio: number };
  readonly freshnessHalfLifeDays: number;
  readonly expiredPenalty: number;
  readonly relevance: TextRelevanceWeights;
}

/**
 * Every number the match ranking uses, in one place.
 *
 * The score is the sum of one contribution per factor, clamped to [0, 1]. The positive weights add up to 1, so the
 * most relevant text hit of the list, in the same industry, meeting every hard constraint and just published,
 * scores 1.
 * - TEXT (0.6) dominates: whether the listing addresses the problem is what matters first.
 * - INDUSTRY (0.12 × chain proximity, industry-proximity.ts) is independent of text, so a cross-industry listing
 *   (a vision system for a PV plant) ranks when its text is strong, and same-industry listings win close calls.
 * - TRL, PRICE, COOPERATION are the need's hard constraints. Met, each adds its weight × text relevance (meeting a
 *   budget is worth nothing for an irrelevant listing). Broken, each subtracts penalty × severity × relevance:
 *   a relevant listing that breaks one constraint drops about one grade (it reads like a strong partial fit) but
 *   stays above unrelated ones; it is demoted, never hidden. Severity grows with the gap (one TRL level short is
 *   0.6, three or more 1). Two or more broken constraints weigh 1.5× each: the owner reads that as another
 *   project, not a near miss.
 * - FRESHNESS (0.05) is a tie-breaker: newer listings slightly first; an expired one (validUntil or deadline
 *   past) loses 0.15 outright.
 * The text settings were tuned on the two judged samples only where a change helped both; values within a few
 * hundredths of each other gave the same figures, so round numbers were kept. Written variants count like
 * synonyms (0.8 × similarity; 0.6–1 gave the same figures) and a word inside a thesaurus compound borrows its
 * relations at full weight × similarity (0.5 was too weak to bridge a plant's 碳排放 to a lab's 碳足迹/碳核算).
 * The second engine query asks with 6 learnt terms: 4–10 gave the same figures, and each term is a postings walk.
 */
export const MATCH_WEIGHTS: MatchWeights = {
  text: 0.6,
  industry: 0.12,
  trl: 0.08,
  price: 0.08,
  cooperation: 0.07,
  freshness: 0.05,

  penalty: { trl: 0.22, price: 0.22, cooperation: 0.22 },
  /** Penalty × relevance^power: 1 = proportional to relevance (flat penalties buried topical grade-1 listings). */
  penaltyRelevancePower: 1,
  compoundViolation: 1.5,
  /** TRL shortfall severity = min(1, base + perLevel × levels short). */
  trlSeverity: { base: 0.4, perLevel: 0.2 },
  /** Price severity = min(1, base + perRatio × (price / budget − 1)): 10 % over 0.6, 50 % over 1. */
  priceSeverity: { base: 0.5, perRatio: 1 },

  /** Freshness value = 0.5^(age / halfLife); an unknown age counts as one half-life. */
  freshnessHalfLifeDays: 365,
  expiredPenalty: 0.15,

  relevance: {
    candidates: 60,
    feedbackCandidates: 30,
    engineBodyTerms: 10,
    specificityPower: 1,
    expansion: { synonym: 0.8, related: 0.4 },
    query: { title: 2, keywords: 2, body: 1 },
    document: { title: 3, keywords: 2.5, body: 1 },
    bm25: { k1: 1.2, b: 0.75, tieBreaker: 0.1 },
    feedback: { docs: 5, terms: 20, alpha: 1 },
    feedbackSearchTerms: 6,
    feedbackSearchWeight: 0.5,
    variants: { weight: 0.8, minSimilarity: 0.5 },
    compounds: { weight: 1, minSimilarity: 0.6 },
    mix: { plain: 0.4, feedback: 0.4, engine: 0.2 },
  },
};

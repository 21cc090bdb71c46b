import type { SearchDocument, SearchEngine, SearchFilters, SearchHit } from '@app/search';
import type { TextAnalyzer } from '@app/text-analysis';
import { BagCache } from './bag-cache';
import { achievementFromDocument, teaserMatchNeed } from './documents';
import type { TermConcept } from './concept-scoring';
import {
  type ListingText,
  achievementText,
  bagOf,
  bagsOf,
  conceptsOf,
  engineQuery,
  needText,
  weightedTexts,
} from './listing-text';
import { learntTerms, textRelevance } from './relevance';
import { compareMatches, scorePair } from './score';
import type { TermBag } from './term-bag';
import type { Match, MatchAchievement, MatchNeed, TextEvidence } from './types';
import { MATCH_WEIGHTS, type MatchWeights } from './weights';

/**
 * What the pipeline reads: the search port, the shared analysis and loaders by id (batched, any order). Candidate
 * achievements are ranked on the engine's copy (public data, kept current by the search relay), needs on the
 * loaders' (the database decides who may read a need); the listing a client sees comes from the database.
 */
export interface MatchSources {
  engine: SearchEngine;
  analyzer: TextAnalyzer;
  achievementsByIds(ids: readonly string[]): Promise<MatchAchievement[]>;
  needsByIds(ids: readonly string[]): Promise<MatchNeed[]>;
  /** Analysed candidates kept across requests; give one long-lived instance (default: none kept). */
  bagCache?: BagCache;
}

export interface MatchOptions {
  /** How many matches to return (default 10). */
  first?: number;
  /** Reference time for freshness (default: now). */
  now?: Date;
  weights?: MatchWeights;
  /** Engine filters for the candidates, e.g. `{ statuses: ['PUBLISHED'] }`. */
  filters?: SearchFilters;
  /** Needs ranked for an achievement: whether the viewer may read this confidential need in full (default no). */
  canReadNeed?: (need: MatchNeed) => boolean;
  /** Achievements ranked for a need the viewer sees as its teaser: scored on the real need, teaser-safe reasons. */
  needTeaser?: boolean;
}

const DEFAULT_FIRST = 10;

/** The listing kind being ranked: how to find, load and read it. */
interface CandidateKind<T extends { id: string }> {
  kind: 'ACHIEVEMENT' | 'NEED';
  load(ids: readonly string[]): Promise<T[]>;
  /**
   * The candidate from its indexed document, or undefined when the document holds less than ranking reads. Absent:
   * always load (a need may have turned confidential since it was indexed, and its copy would still read as public).
   */
  fromDocument?(doc: SearchDocument): T | undefined;
  text(item: T): ListingText;
}

/** Bags of the candidates, analysed once per request and, with a cache, once per listing text. */
interface BagReader<T> {
  (item: T): TermBag;
  /** Analyses the items not known yet together (one segmenter call), so later reads are lookups. */
  prefetch(items: readonly T[]): void;
}

function bagReader<T extends { id: string }>(
  sources: MatchSources,
  side: CandidateKind<T>,
  w: MatchWeights,
): BagReader<T> {
  const local = new Map<string, TermBag>();
  const keyOf = (listing: ListingText): string =>
    `${side.kind}\u0001${listing.title}\u0001${listing.keywords.join('\u0002')}\u0001${listing.body ?? ''}`;
  const cached = (item: T, listing: ListingText): TermBag | undefined => {
    const bag = sources.bagCache?.get(item.id, keyOf(listing));
    if (bag) local.set(item.id, bag);
    return bag;
  };
  const keep = (item: T, listing: ListingText, bag: TermBag): void => {
    sources.bagCache?.set(item.id, keyOf(listing), bag);
    local.set(item.id, bag);
  };
  const read = ((item: T) => {
    const known = local.get(item.id);
    if (known) return known;
    const listing = side.text(item);
    const hit = cached(item, listing);
    if (hit) return hit;
    const bag = bagOf(sources.analyzer, listing, w.relevance.document);
    keep(item, listing, bag);
    return bag;
  }) as BagReader<T>;
  read.prefetch = (items) => {
    const missing: Array<{ item: T; listing: ListingText }> = [];
    const seen = new Set<string>();
    for (const item of items) {
      if (local.has(item.id) || seen.has(item.id)) continue;
      const listing = side.text(item);
      if (cached(item, listing)) continue;
      seen.add(item.id);
      missing.push({ item, listing });
    }
    if (missing.length === 0) return;
    const bags = bagsOf(
      sources.analyzer,
      missing.map((m) => m.listing),
      w.relevance.document,
    );
    missing.forEach((m, i) => keep(m.item, m.listing, bags[i]));
  };
  return read;
}

async function engineHits(
  sources: MatchSources,
  kind: CandidateKind<{ id: string }>['kind'],
  text: string,
  limit: number,
  options: MatchOptions,
  { keyTerms = false, withDocuments = false } = {},
): Promise<SearchHit[]> {
  // No score floor: the engine's floor hides weak hits from people, but the re-ranking reads every candidate and a
  // weak engine hit is often a strong match once synonyms, variants and feedback are counted (sample nDCG 0.968
  // with the floor, 0.974 without).
  const page = await sources.engine.search({
    text,
    kinds: [kind],
    limit,
    filters: options.filters,
    minScore: 0,
    keyTerms,
    withDocuments,
  });
  return page.hits;
}

/** The hits' listings: from their documents where complete, in one load for the rest. */
async function itemsOf<T extends { id: string }>(side: CandidateKind<T>, hits: readonly SearchHit[]): Promise<T[]> {
  const items: T[] = [];
  const missing: string[] = [];
  for (const hit of hits) {
    const item = hit.document ? side.fromDocument?.(hit.document) : undefined;
    if (item) items.push(item);
    else missing.push(hit.id);
  }
  if (missing.length > 0) items.push(...(await side.load(missing)));
  return items;
}

/**
 * Candidate generation and text relevance, shared by both directions: one engine query with the querying
 * listing's title, keywords and body key terms; then one with the terms pseudo-relevance feedback learnt from
 * those candidates, which brings in listings written in the catalog's vocabulary rather than the querying side's
 * (a plant's "暗片、碎片漏检" reaching "电致发光成像隐裂识别"); then relevance over all of them.
 */
async function candidatesWithEvidence<T extends { id: string }>(
  sources: MatchSources,
  side: CandidateKind<T>,
  query: ListingText,
  options: MatchOptions,
  w: MatchWeights,
): Promise<Array<{ item: T; text: TextEvidence }>> {
  const r = w.relevance;
  const concepts: TermConcept[] = conceptsOf(
    sources.analyzer,
    weightedTexts(query, r.query),
    r.specificityPower,
    r.expansion,
    r.compounds,
  );
  const withDocuments = side.fromDocument !== undefined;
  const hits = await engineHits(
    sources,
    side.kind,
    engineQuery(sources.analyzer, query, r.engineBodyTerms),
    r.candidates,
    options,
    { withDocuments },
  );
  if (hits.length === 0) return [];
  const engineScore = new Map(hits.map((h) => [h.id, h.score]));
  const items = new Map((await itemsOf(side, hits)).map((x) => [x.id, x]));
  const bag = bagReader(sources, side, w);

  if (r.feedbackSearchTerms > 0 && items.size > 0) {
    bag.prefetch([...items.values()]);
    const learnt = learntTerms(concepts, [...items.values()].map(bag), r);
    if (learnt.length > 0) {
      const text = learnt
        .slice(0, r.feedbackSearchTerms)
        .map((c) => c.label)
        .join(' ');
      // Learnt terms are the catalog's own words: no typo, pinyin or gram fallback (keyTerms), which only help people.
      const more = await engineHits(sources, side.kind, text, r.feedbackCandidates, options, {
        keyTerms: true,
        withDocuments,
      });
      const newcomers = more.filter((h) => !engineScore.has(h.id));
      // Newcomers take the learnt query's score, discounted: it asks in the catalog's words, not the listing's.
      for (const h of newcomers) engineScore.set(h.id, h.score * r.feedbackSearchWeight);
      for (const x of await itemsOf(side, newcomers)) items.set(x.id, x);
    }
  }
  const found = [...items.values()].filter((x) => engineScore.has(x.id));
  bag.prefetch(found);
  const { evidence } = textRelevance(
    concepts,
    found.map(bag),
    found.map((x) => engineScore.get(x.id) ?? 0),
    r,
  );
  return found.map((item, i) => ({ item, text: evidence[i] }));
}

/** The achievements most worth a conversation for a need, best first, each with per-factor reasons. */
export async function matchesForNeed(
  sources: MatchSources,
  need: MatchNeed,
  options: MatchOptions = {},
): Promise<Match[]> {
  const w = options.weights ?? MATCH_WEIGHTS;
  const side: CandidateKind<MatchAchievement> = {
    kind: 'ACHIEVEMENT',
    load: (ids) => sources.achievementsByIds(ids),
    fromDocument: achievementFromDocument,
    text: achievementText,
  };
  const found = await candidatesWithEvidence(sources, side, needText(need), options, w);
  const ctx = {
    now: options.now ?? new Date(),
    ranked: 'ACHIEVEMENT' as const,
    needTeaser: options.needTeaser ?? false,
  };
  const shown = ctx.needTeaser ? teaserMatchNeed(need) : need;
  return found
    .map(({ item, text }): Match => ({ need: shown, achievement: item, ...scorePair(need, item, text, ctx, w) }))
    .sort(compareMatches('ACHIEVEMENT'))
    .slice(0, Math.max(0, options.first ?? DEFAULT_FIRST));
}

/**
 * The needs an achievement could serve, best first. A confidential need the viewer may not read is ranked on the
 * real need, like for everyone, and shown with teaser-safe reasons only: no hidden text, TRL, budget or modes.
 */
export async function matchesForAchievement(
  sources: MatchSources,
  achievement: MatchAchievement,
  options: MatchOptions = {},
): Promise<Match[]> {
  const w = options.weights ?? MATCH_WEIGHTS;
  const readable = (n: MatchNeed): boolean => !n.confidential || (options.canReadNeed?.(n) ?? false);
  const side: CandidateKind<MatchNeed> = {
    kind: 'NEED',
    load: (ids) => sources.needsByIds(ids),
    text: needText,
  };
  const found = await candidatesWithEvidence(sources, side, achievementText(achievement), options, w);
  const now = options.now ?? new Date();
  return found
    .map(({ item, text }): Match => {
      const open = readable(item);
      return {
        need: open ? item : teaserMatchNeed(item),
        achievement,
        ...scorePair(item, achievement, text, { now, ranked: 'NEED', needTeaser: !open }, w),
      };
    })
    .sort(compareMatches('NEED'))
    .slice(0, Math.max(0, options.first ?? DEFAULT_FIRST));
}

import { basename } from 'node:path';
import { EmbeddedSearchEngine, type SearchEngine } from '@app/search';
import { type TextAnalyzer, defaultAnalyzer } from '@app/text-analysis';
import { achievementDocument } from '../ranking/documents';
import { BagCache } from '../ranking/bag-cache';
import { type MatchSources, matchesForNeed } from '../ranking/match-pipeline';
import type { MatchWeights } from '../ranking/weights';
import { loadMatchDataset } from './dataset';
import { type RankingFigures, ndcgAt, summarize } from './metrics';

export interface MatchEvalOptions {
  /** Reference time for freshness; default the newest publication in the data set, so runs are reproducible. */
  now?: Date;
  weights?: MatchWeights;
  analyzer?: TextAnalyzer;
  /** An engine to index into (default: a fresh EmbeddedSearchEngine); it is reindexed with the data set. */
  engine?: SearchEngine;
}

export interface NeedEvalRow {
  need: string;
  ndcg10: number;
  /** Grade of the first match and the best grade available. */
  first: number;
  best: number;
  top: string[];
}

export interface MatchEvalReport extends RankingFigures {
  dataset: string;
  engine: string;
  /** Mean wall time of one matchesForNeed, milliseconds. */
  msPerNeed: number;
  perNeed: NeedEvalRow[];
}

/**
 * Library-level matching eval on a judged data set (SCHEMA.md layout): indexes the achievements, runs the match
 * pipeline for every need and scores the top 10 against the graded judgments.
 */
export async function evaluateMatching(dir: string, options: MatchEvalOptions = {}): Promise<MatchEvalReport> {
  const data = loadMatchDataset(dir);
  const analyzer = options.analyzer ?? defaultAnalyzer();
  const engine = options.engine ?? new EmbeddedSearchEngine({ analyzer });
  await engine.init();
  await engine.reindex(data.achievements.map((a) => achievementDocument(a)));

  const achievements = new Map(data.achievements.map((a) => [a.id, a]));
  const needs = new Map(data.needs.map((n) => [n.id, n]));
  const sources: MatchSources = {
    engine,
    analyzer,
    achievementsByIds: async (ids) => ids.flatMap((id) => achievements.get(id) ?? []),
    needsByIds: async (ids) => ids.flatMap((id) => needs.get(id) ?? []),
    bagCache: new BagCache(),
  };
  const newest = data.achievements.reduce((m, a) => (a.publishedAt > m ? a.publishedAt : m), '1970-01-01');
  const now = options.now ?? new Date(newest);

  const runs: Array<{ ranking: string[]; grades: Map<string, number> }> = [];
  const perNeed: NeedEvalRow[] = [];
  let elapsed = 0;
  for (const need of data.needs) {
    const started = performance.now();
    const matches = await matchesForNeed(sources, need, { first: 10, now, weights: options.weights });
    elapsed += performance.now() - started;
    const ranking = matches.map((m) => m.achievement.key);
    const grades = data.judgments.get(need.key) ?? new Map<string, number>();
    runs.push({ ranking, grades });
    perNeed.push({
      need: need.key,
      ndcg10: Math.round(ndcgAt(ranking, grades, 10) * 1000) / 1000,
      first: grades.get(ranking[0] ?? '') ?? 0,
      best: Math.max(0, ...grades.values()),
      top: ranking,
    });
  }
  return {
    dataset: basename(dir),
    engine: engine.name,
    ...summarize(runs),
    msPerNeed: data.needs.length ? Math.round((elapsed / data.needs.length) * 10) / 10 : 0,
    perNeed,
  };
}

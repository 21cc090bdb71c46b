import { Injectable } from '@nestjs/common';
import { Actor, CooperationMode, Industry } from '@app/core';
import {
  AchievementEntity,
  AchievementRepository,
  AchievementService,
  isInsider,
  NeedEntity,
  NeedRepository,
  NeedService,
} from '@app/catalog';
import { Database } from '@app/database';
import { SearchEngine } from '@app/search';
import { defaultAnalyzer } from '@app/text-analysis';
import { BagCache } from './ranking/bag-cache';
import { matchesForAchievement, matchesForNeed, MatchSources } from './ranking/match-pipeline';
import type { Match, MatchAchievement, MatchNeed } from './ranking/types';

export const MAX_MATCHES = 50;

export function toMatchAchievement(a: AchievementEntity): MatchAchievement {
  return {
    id: a.id,
    key: a.key,
    title: a.title,
    summary: a.summary,
    industry: a.industry as Industry,
    keywords: a.keywords,
    trl: a.trl,
    askingPriceWan: a.askingPriceWan,
    cooperationModes: a.cooperationModes as CooperationMode[],
    publishedAt: a.publishedAt ?? a.createdAt.toISOString(),
    validUntil: a.validUntil,
  };
}

/** The whole need: ranking always reads it; what a viewer sees of it is decided on the reasons and the API's view. */
export function toMatchNeed(n: NeedEntity): MatchNeed {
  return {
    id: n.id,
    key: n.key,
    title: n.title,
    industry: n.industry as Industry,
    keywords: n.keywords,
    confidential: n.confidential,
    publishedAt: n.createdAt.toISOString(),
    description: n.description,
    minTrl: n.minTrl,
    budgetWan: n.budgetWan,
    cooperationModes: n.cooperationModes as CooperationMode[],
    deadline: n.deadline,
  };
}

/**
 * Ranked, explained matches between needs and achievements. Candidates come through the SearchEngine port
 * (public listings only), the re-ranking is the pure pipeline in ./ranking.
 */
@Injectable()
export class MatchingService {
  /** Analysed listings kept across requests; keyed by listing text, so edits invalidate themselves. */
  private readonly bagCache = new BagCache();

  constructor(
    private readonly db: Database,
    private readonly engine: SearchEngine,
    private readonly achievementService: AchievementService,
    private readonly needService: NeedService,
    private readonly achievements: AchievementRepository,
    private readonly needs: NeedRepository,
  ) {}

  /** The shared vocabulary changed: analysed listings are stale. */
  vocabularyChanged(): void {
    this.bagCache.clear();
  }

  async forNeed(actor: Actor, needId: string, first: number): Promise<Match[]> {
    const need = await this.needService.getInternal(actor, needId);
    // Outsiders looking at a confidential need get matches ranked on the real need, with teaser-safe reasons.
    const needTeaser = need.confidential && !isInsider(actor, need);
    return matchesForNeed(this.sources(actor), toMatchNeed(need), {
      first: Math.min(first, MAX_MATCHES),
      filters: { statuses: ['PUBLISHED'] },
      needTeaser,
    });
  }

  async forAchievement(actor: Actor, achievementId: string, first: number): Promise<Match[]> {
    const achievement = await this.achievementService.get(actor, { id: achievementId });
    const readable = new Set<string>();
    return matchesForAchievement(this.sources(actor, readable), toMatchAchievement(achievement), {
      first: Math.min(first, MAX_MATCHES),
      filters: { statuses: ['OPEN'] },
      canReadNeed: (n) => readable.has(n.id),
    });
  }

  /**
   * Candidate achievements with only the columns matching reads, as plain rows: a request loads ~60-90 of them
   * twice, and entity hydration of full rows (IP items, team, contact) cost more than the query itself.
   */
  private async matchAchievements(ids: readonly string[]): Promise<MatchAchievement[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read((em) => this.achievements.findRankingRowsByIds(em, ids));
    return rows.map((r) => ({
      id: r.id,
      key: r.key,
      title: r.title,
      summary: r.summary,
      industry: r.industry as Industry,
      keywords: r.keywords,
      trl: r.trl,
      askingPriceWan: r.askingPriceWan,
      cooperationModes: r.cooperationModes as CooperationMode[],
      publishedAt: r.publishedAt ?? new Date(r.createdAt).toISOString(),
      validUntil: r.validUntil,
    }));
  }

  /** `readable` collects the needs the actor may read in full, for the pipeline's canReadNeed. */
  private sources(actor: Actor, readable = new Set<string>()): MatchSources {
    return {
      engine: this.engine,
      analyzer: defaultAnalyzer(),
      bagCache: this.bagCache,
      achievementsByIds: (ids) => this.matchAchievements(ids),
      needsByIds: async (ids) => {
        const rows = await this.db.read((em) => this.needs.findByIds(em, ids));
        return rows.map((n) => {
          if (!n.confidential || isInsider(actor, n)) readable.add(n.id);
          return toMatchNeed(n);
        });
      },
    };
  }
}

import { Injectable } from '@nestjs/common';
import { Actor, isAlliance } from '@app/core';
import { Database } from '@app/database';
import { FacetName, ListingKind, SearchEngine, SearchFilters, SearchPage, SearchSort } from '@app/search';
import { today } from '../domain/visibility';
import { NeedRepository } from '../repositories/need.repository';
import { OutboxRepository } from './outbox.repository';

export const MAX_SEARCH_PAGE = 50;
/** On PostgreSQL, how long the lagging-hidden set read by this process stands for other processes' commits. */
const STALE_TTL_MS = 250;
/** Confidential needs whose owning organisation is remembered (a few hundred kilobytes at most). */
const MAX_OWNERS = 10_000;

export interface CatalogSearchInput {
  query?: string;
  types?: ListingKind[];
  industries?: string[];
  trlMin?: number;
  trlMax?: number;
  cooperationModes?: string[];
  orgIds?: string[];
  maxPriceWan?: number;
  regions?: string[];
  orgKinds?: string[];
  statuses?: string[];
  sort?: SearchSort;
  first: number;
  offset: number;
  facets?: FacetName[];
  /** Whether hits carry title and summary highlights (default true): they cost a good part of a search. */
  highlight?: boolean;
}

/** Public listings only, unless the alliance asks for other states. */
const PUBLIC_STATUSES = ['PUBLISHED', 'OPEN'];

/**
 * Search as a caller may see it: everyone but the alliance searches published achievements and open needs
 * only; confidential needs are indexed as teasers, and hidden-field filters never match them (the port's rule).
 * While the index lags (one relay poll, or as long as the engine fails), a listing just made confidential or taken
 * down still has a public copy in the engine: such listings are left out of the engine query for everyone but the
 * alliance, so no total, page or facet counts what the caller may not see.
 */
@Injectable()
export class CatalogSearchService {
  /** The last lagging-hidden set, with the day and this process's write generation it was read at. */
  private stale: { ids: string[]; day: string; generation: number; at: number } | null = null;
  private staleRead: { generation: number; day: string; ids: Promise<string[]> } | null = null;
  /** Need id → owning organisation, oldest first; a need never changes organisation, so entries never go stale. */
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly engine: SearchEngine,
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
    private readonly needs: NeedRepository,
  ) {}

  /**
   * The owning organisation of each of these needs that exists (a confidential hit shows its key to its owner only).
   * Remembered, so a search answered from the engine's copy reads the database only for needs it has not met yet:
   * under load every such read waits its turn in the embedded database's single queue.
   */
  async needOwners(ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const missing: string[] = [];
    for (const id of ids) {
      const org = this.owners.get(id);
      if (org === undefined) missing.push(id);
      else found.set(id, org);
    }
    if (!missing.length) return found;
    const rows = await this.db.read((em) => this.needs.orgsOf(em, missing));
    for (const { id, orgId } of rows) {
      found.set(id, orgId);
      this.owners.set(id, orgId);
      if (this.owners.size > MAX_OWNERS) this.owners.delete(this.owners.keys().next().value as string);
    }
    return found;
  }

  /**
   * Listings whose indexed copy may show more than outsiders may now see (OutboxRepository.staleHiddenIds). The set
   * changes only when a transaction commits — every catalog write queues its outbox row, every relay run clears
   * rows in one — so it is read again after any commit of this process, and on a new day. The embedded database
   * has no other writer; on PostgreSQL other processes' commits are picked up within STALE_TTL_MS, which is no
   * longer than their change takes to reach this process's index anyway (one relay poll).
   */
  private async staleHiddenIds(): Promise<string[]> {
    const day = today();
    const generation = this.db.writeGeneration;
    const cached = this.stale;
    if (
      cached &&
      cached.day === day &&
      cached.generation === generation &&
      (this.db.embedded || Date.now() - cached.at < STALE_TTL_MS)
    )
      return cached.ids;
    // A read started at this generation (after every commit this search could know of) serves every search waiting.
    if (this.staleRead?.generation === generation && this.staleRead.day === day) return this.staleRead.ids;
    const at = Date.now();
    const ids = this.db.read((em) => this.outbox.staleHiddenIds(em, day));
    const read = { generation, day, ids };
    this.staleRead = read;
    try {
      const result = await ids;
      if (!this.stale || this.stale.generation <= generation) this.stale = { ids: result, day, generation, at };
      return result;
    } finally {
      if (this.staleRead === read) this.staleRead = null;
    }
  }

  async search(actor: Actor, input: CatalogSearchInput): Promise<SearchPage> {
    const alliance = isAlliance(actor);
    const filters: SearchFilters = {
      industries: input.industries,
      trlMin: input.trlMin,
      trlMax: input.trlMax,
      cooperationModes: input.cooperationModes,
      orgIds: input.orgIds,
      maxPriceWan: input.maxPriceWan,
      regions: input.regions,
      orgKinds: input.orgKinds,
      statuses: alliance
        ? input.statuses
        : (input.statuses ?? PUBLIC_STATUSES).filter((s) => PUBLIC_STATUSES.includes(s)),
    };
    if (!alliance && filters.statuses?.length === 0) filters.statuses = ['__none__'];
    if (!alliance) {
      const stale = await this.staleHiddenIds();
      if (stale.length) filters.excludeIds = stale;
    }
    return this.engine.search({
      text: input.query,
      kinds: input.types,
      filters,
      sort: input.sort ?? 'RELEVANCE',
      offset: input.offset,
      limit: Math.min(input.first, MAX_SEARCH_PAGE),
      facets: input.facets,
      highlight: input.highlight ?? true,
    });
  }
}

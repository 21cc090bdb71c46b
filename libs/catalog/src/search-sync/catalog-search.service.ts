import { Injectable } from '@nestjs/common';
import { Actor, isAlliance } from '@app/core';
import { Database } from '@app/database';
import { FacetName, ListingKind, SearchEngine, SearchFilters, SearchPage, SearchSort } from '@app/search';
import { today } from '../domain/visibility';
import { OutboxRepository } from './outbox.repository';

export const MAX_SEARCH_PAGE = 50;

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
  constructor(
    private readonly engine: SearchEngine,
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

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
      statuses: alliance ? input.statuses : (input.statuses ?? PUBLIC_STATUSES).filter((s) => PUBLIC_STATUSES.includes(s)),
    };
    if (!alliance && filters.statuses?.length === 0) filters.statuses = ['__none__'];
    if (!alliance) {
      const stale = await this.db.read((em) => this.outbox.staleHiddenIds(em, today()));
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
      highlight: true,
    });
  }
}

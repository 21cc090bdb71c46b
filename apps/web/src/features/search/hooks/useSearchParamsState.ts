import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type {
  CooperationMode,
  Industry,
  ListingKind,
  OrganizationKind,
  SearchInput,
  SearchSort,
} from '../../../gql/graphql';

export interface SearchState {
  q: string;
  page: number;
  sort: SearchSort;
  industries: string[];
  modes: string[];
  regions: string[];
  orgKinds: string[];
  kinds: string[];
  trlMin?: number;
  maxPrice?: number;
}

const SORTS: SearchSort[] = ['RELEVANCE', 'NEWEST', 'PRICE', 'TRL'];

/** The search lives in the address (deep links and back button work). */
export function useSearchState() {
  const [params, setParams] = useSearchParams();
  const state: SearchState = useMemo(() => {
    const num = (k: string) =>
      params.get(k) && Number.isFinite(Number(params.get(k))) ? Number(params.get(k)) : undefined;
    const sort = params.get('sort') as SearchSort | null;
    return {
      q: params.get('q') ?? '',
      page: Math.max(1, num('page') ?? 1),
      sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
      industries: params.getAll('industry'),
      modes: params.getAll('mode'),
      regions: params.getAll('region'),
      orgKinds: params.getAll('orgKind'),
      kinds: params.getAll('kind'),
      trlMin: num('trlMin'),
      maxPrice: num('maxPrice'),
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<SearchState>) => {
      const next = { ...state, page: 1, ...patch };
      const p = new URLSearchParams();
      if (next.q) p.set('q', next.q);
      if (next.page > 1) p.set('page', String(next.page));
      if (next.sort !== 'RELEVANCE') p.set('sort', next.sort);
      next.industries.forEach((v) => p.append('industry', v));
      next.modes.forEach((v) => p.append('mode', v));
      next.regions.forEach((v) => p.append('region', v));
      next.orgKinds.forEach((v) => p.append('orgKind', v));
      next.kinds.forEach((v) => p.append('kind', v));
      if (next.trlMin) p.set('trlMin', String(next.trlMin));
      if (next.maxPrice !== undefined) p.set('maxPrice', String(next.maxPrice));
      setParams(p, { replace: true });
    },
    [state, setParams],
  );
  return { state, update };
}

export const PAGE_SIZE = 10;

export function toSearchInput(s: SearchState): SearchInput {
  return {
    query: s.q || null,
    page: s.page,
    first: PAGE_SIZE,
    sort: s.sort,
    industries: s.industries.length ? (s.industries as Industry[]) : null,
    cooperationModes: s.modes.length ? (s.modes as CooperationMode[]) : null,
    regions: s.regions.length ? s.regions : null,
    organizationKinds: s.orgKinds.length ? (s.orgKinds as OrganizationKind[]) : null,
    types: s.kinds.length ? (s.kinds as ListingKind[]) : null,
    trlMin: s.trlMin ?? null,
    maxPriceWan: s.maxPrice ?? null,
    facets: ['INDUSTRY', 'KIND', 'TRL', 'COOPERATION_MODES', 'REGION', 'ORGANIZATION_KIND'],
  };
}

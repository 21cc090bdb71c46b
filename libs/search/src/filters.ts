import type { SearchFilters } from './search.types';

/**
 * Whether the filters ask about a field a confidential need keeps from outsiders (organisation and its kind, TRL,
 * cooperation modes, price, region). Such filters never match a confidential document, in every adapter: the engine
 * holds only its teaser, and a match would tell the hidden value (and a miss after counting would break totals and
 * pages).
 */
export function filtersHiddenFields(f: SearchFilters | undefined): boolean {
  if (!f) return false;
  return !!(
    f.orgIds?.length ||
    f.orgKinds?.length ||
    f.cooperationModes?.length ||
    f.regions?.length ||
    f.trlMin !== undefined ||
    f.trlMax !== undefined ||
    f.maxPriceWan !== undefined
  );
}

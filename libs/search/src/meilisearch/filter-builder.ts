import { filtersHiddenFields } from '../filters';
import type { ListingKind, SearchFilters } from '../search.types';

/**
 * Filterable attributes by role. Filter expressions are built only from these names; user input is only ever a
 * quoted value, never an attribute or an operator.
 */
export const FILTER_ATTRIBUTES = {
  kind: 'kind',
  industry: 'industry',
  trl: 'trl',
  cooperationModes: 'cooperationModes',
  orgId: 'orgId',
  priceWan: 'priceWan',
  negotiable: 'negotiable',
  region: 'region',
  orgKind: 'orgKind',
  status: 'status',
  confidential: 'confidential',
  id: 'id',
} as const;

type FilterAttribute = (typeof FILTER_ATTRIBUTES)[keyof typeof FILTER_ATTRIBUTES];
const ALLOWED: ReadonlySet<string> = new Set(Object.values(FILTER_ATTRIBUTES));

/** Quotes a value for a Meilisearch filter: backslashes first, then double quotes. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function attribute(name: FilterAttribute): string {
  if (!ALLOWED.has(name)) throw new Error(`Not a filterable attribute: ${name}`);
  return name;
}

function number(name: string, value: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`Filter ${name} must be a finite number`);
  return String(value);
}

function anyOf(name: FilterAttribute, values: readonly string[]): string {
  return `${attribute(name)} IN [${values.map((v) => quoteFilterValue(String(v))).join(', ')}]`;
}

/**
 * Meilisearch filter from typed inputs, as an array of AND-ed expressions (undefined when nothing filters).
 * Semantics match the embedded engine (see `SearchFilters`).
 */
export function buildMeiliFilter(
  kinds: readonly ListingKind[] | undefined,
  f: SearchFilters | undefined,
): string[] | undefined {
  const and: string[] = [];
  if (kinds && kinds.length === 1) and.push(anyOf(FILTER_ATTRIBUTES.kind, kinds));
  if (f?.industries?.length) and.push(anyOf(FILTER_ATTRIBUTES.industry, f.industries));
  if (f?.cooperationModes?.length) and.push(anyOf(FILTER_ATTRIBUTES.cooperationModes, f.cooperationModes));
  if (f?.orgIds?.length) and.push(anyOf(FILTER_ATTRIBUTES.orgId, f.orgIds));
  if (f?.regions?.length) and.push(anyOf(FILTER_ATTRIBUTES.region, f.regions));
  if (f?.orgKinds?.length) and.push(anyOf(FILTER_ATTRIBUTES.orgKind, f.orgKinds));
  if (f?.statuses?.length) and.push(anyOf(FILTER_ATTRIBUTES.status, f.statuses));
  if (f?.trlMin !== undefined || f?.trlMax !== undefined) {
    const trl = attribute(FILTER_ATTRIBUTES.trl);
    and.push(`${trl} ${number('trlMin', f.trlMin ?? 1)} TO ${number('trlMax', f.trlMax ?? 9)}`);
  }
  if (f?.maxPriceWan !== undefined) {
    const max = number('maxPriceWan', f.maxPriceWan);
    and.push(
      `(${attribute(FILTER_ATTRIBUTES.kind)} = ${quoteFilterValue('NEED')} OR ${attribute(FILTER_ATTRIBUTES.negotiable)} = true OR ${attribute(FILTER_ATTRIBUTES.priceWan)} <= ${max})`,
    );
  }
  if (f?.confidential !== undefined)
    and.push(`${attribute(FILTER_ATTRIBUTES.confidential)} = ${f.confidential ? 'true' : 'false'}`);
  if (filtersHiddenFields(f)) and.push(`${attribute(FILTER_ATTRIBUTES.confidential)} = false`);
  if (f?.excludeIds?.length) and.push(`NOT ${anyOf(FILTER_ATTRIBUTES.id, f.excludeIds)}`);
  return and.length ? and : undefined;
}

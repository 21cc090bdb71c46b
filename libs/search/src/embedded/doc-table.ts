import { filtersHiddenFields } from '../filters';
import type { FacetName, SearchDocument, SearchFilters, SearchSort } from '../search.types';

/** Interns strings to small integers so filters and facets compare numbers. */
class Codes {
  private readonly byValue = new Map<string, number>();
  readonly values: string[] = [];

  code(value: string): number {
    let code = this.byValue.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.byValue.set(value, code);
    }
    return code;
  }

  find(value: string): number | undefined {
    return this.byValue.get(value);
  }
}

const NONE = -1;
const MAX_MODES = 31;

function grow<T extends Int32Array | Float64Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Filter sets whose masks are kept at once (each is one byte per slot). */
const MAX_MASKS = 16;

/** Column store of the filterable, sortable and facetable attributes, one row per slot. */
export class DocTable {
  size = 0;
  liveCount = 0;
  docs: (SearchDocument | undefined)[] = [];
  alive = new Uint8Array(1024);
  kind = new Uint8Array(1024);
  industry = new Int32Array(1024);
  region = new Int32Array(1024);
  orgKind = new Int32Array(1024);
  status = new Int32Array(1024);
  org = new Int32Array(1024);
  modes = new Int32Array(1024);
  trl = new Uint8Array(1024);
  /** Achievement asking price for the price filter; NaN for 面议 and for needs. */
  price = new Float64Array(1024);
  /** Price sort key: asking price or need budget; NaN when unknown. */
  priceKey = new Float64Array(1024);
  published = new Float64Array(1024);
  confidential = new Uint8Array(1024);
  /** Filter results as one byte per slot, per filter set, until the next write (see acceptMask). */
  private readonly masks = new Map<string, Uint8Array>();

  private readonly industries = new Codes();
  private readonly regions = new Codes();
  private readonly orgKinds = new Codes();
  private readonly statuses = new Codes();
  private readonly orgs = new Codes();
  private readonly modeCodes = new Codes();

  append(doc: SearchDocument): number {
    this.masks.clear();
    const slot = this.size++;
    this.alive = grow(this.alive, this.size);
    this.kind = grow(this.kind, this.size);
    this.industry = grow(this.industry, this.size);
    this.region = grow(this.region, this.size);
    this.orgKind = grow(this.orgKind, this.size);
    this.status = grow(this.status, this.size);
    this.org = grow(this.org, this.size);
    this.modes = grow(this.modes, this.size);
    this.trl = grow(this.trl, this.size);
    this.price = grow(this.price, this.size);
    this.priceKey = grow(this.priceKey, this.size);
    this.published = grow(this.published, this.size);
    this.confidential = grow(this.confidential, this.size);

    this.docs[slot] = doc;
    this.alive[slot] = 1;
    this.liveCount++;
    this.kind[slot] = doc.kind === 'NEED' ? 1 : 0;
    this.industry[slot] = this.industries.code(doc.industry);
    this.region[slot] = doc.region ? this.regions.code(doc.region) : NONE;
    this.orgKind[slot] = doc.orgKind && !doc.confidential ? this.orgKinds.code(doc.orgKind) : NONE;
    this.status[slot] = this.statuses.code(doc.status);
    this.org[slot] = doc.orgId ? this.orgs.code(doc.orgId) : NONE;
    let mask = 0;
    for (const mode of doc.cooperationModes ?? []) {
      const code = this.modeCodes.code(mode);
      if (code < MAX_MODES) mask |= 1 << code;
    }
    this.modes[slot] = mask;
    const trl = doc.kind === 'NEED' ? doc.minTrl : doc.trl;
    this.trl[slot] = trl && trl >= 1 && trl <= 9 ? trl : 0;
    this.price[slot] = doc.kind === 'ACHIEVEMENT' && typeof doc.priceWan === 'number' ? doc.priceWan : NaN;
    const key = doc.kind === 'ACHIEVEMENT' ? doc.priceWan : doc.budgetWan;
    this.priceKey[slot] = typeof key === 'number' ? key : NaN;
    const time = Date.parse(doc.publishedAt);
    this.published[slot] = Number.isFinite(time) ? time : 0;
    this.confidential[slot] = doc.confidential ? 1 : 0;
    return slot;
  }

  kill(slot: number): void {
    if (!this.alive[slot]) return;
    this.masks.clear();
    this.alive[slot] = 0;
    this.docs[slot] = undefined;
    this.liveCount--;
  }

  /** Keeps live rows only, in order; returns the old→new slot map (-1 for dropped rows). */
  compact(): Int32Array {
    this.masks.clear();
    const remap = new Int32Array(this.size).fill(-1);
    let w = 0;
    const columns = [
      this.kind,
      this.industry,
      this.region,
      this.orgKind,
      this.status,
      this.org,
      this.modes,
      this.trl,
      this.price,
      this.priceKey,
      this.published,
      this.confidential,
    ];
    for (let r = 0; r < this.size; r++) {
      if (!this.alive[r]) continue;
      remap[r] = w;
      for (const column of columns) column[w] = column[r];
      this.docs[w] = this.docs[r];
      this.alive[w] = 1;
      w++;
    }
    this.alive.fill(0, w);
    this.docs.length = w;
    this.size = w;
    return remap;
  }

  /**
   * The predicate's answer for every slot, kept per filter set until the next write: a long query touches most of
   * a large index, and one byte read per slot is much cheaper than the predicate's chain of tests.
   */
  acceptMask(kinds: readonly string[] | undefined, f: SearchFilters | undefined): Uint8Array {
    const key = JSON.stringify([kinds ?? [], f ?? {}]);
    let mask = this.masks.get(key);
    if (!mask) {
      if (this.masks.size >= MAX_MASKS) this.masks.clear();
      const accept = this.predicate(kinds, f);
      mask = new Uint8Array(this.size);
      for (let slot = 0; slot < this.size; slot++) if (accept(slot)) mask[slot] = 1;
      this.masks.set(key, mask);
    }
    return mask;
  }

  /** Compiles typed filters to a predicate over slots; unknown values simply match nothing. */
  predicate(kinds: readonly string[] | undefined, f: SearchFilters | undefined): (slot: number) => boolean {
    const tests: ((slot: number) => boolean)[] = [(s) => this.alive[s] === 1];
    const codeSet = (codes: Codes, values: readonly string[] | undefined): Set<number> | undefined =>
      values && values.length
        ? new Set(values.map((v) => codes.find(v)).filter((c): c is number => c !== undefined))
        : undefined;
    if (kinds && kinds.length && kinds.length < 2) {
      const need = kinds[0] === 'NEED' ? 1 : 0;
      tests.push((s) => this.kind[s] === need);
    }
    const industries = codeSet(this.industries, f?.industries);
    if (industries) tests.push((s) => industries.has(this.industry[s]));
    const regions = codeSet(this.regions, f?.regions);
    if (regions) tests.push((s) => regions.has(this.region[s]));
    const orgKinds = codeSet(this.orgKinds, f?.orgKinds);
    if (orgKinds) tests.push((s) => orgKinds.has(this.orgKind[s]));
    const statuses = codeSet(this.statuses, f?.statuses);
    if (statuses) tests.push((s) => statuses.has(this.status[s]));
    const orgs = codeSet(this.orgs, f?.orgIds);
    if (orgs) tests.push((s) => orgs.has(this.org[s]));
    if (f?.cooperationModes && f.cooperationModes.length) {
      let mask = 0;
      for (const mode of f.cooperationModes) {
        const code = this.modeCodes.find(mode);
        if (code !== undefined && code < MAX_MODES) mask |= 1 << code;
      }
      tests.push((s) => (this.modes[s] & mask) !== 0);
    }
    if (f?.trlMin !== undefined || f?.trlMax !== undefined) {
      const min = f.trlMin ?? 1;
      const max = f.trlMax ?? 9;
      tests.push((s) => this.trl[s] >= min && this.trl[s] <= max && this.trl[s] > 0);
    }
    if (f?.maxPriceWan !== undefined) {
      const max = f.maxPriceWan;
      tests.push((s) => this.kind[s] === 1 || Number.isNaN(this.price[s]) || this.price[s] <= max);
    }
    if (f?.confidential !== undefined) {
      const want = f.confidential ? 1 : 0;
      tests.push((s) => this.confidential[s] === want);
    }
    if (filtersHiddenFields(f)) tests.push((s) => this.confidential[s] === 0);
    if (f?.excludeIds?.length) {
      const excluded = new Set(f.excludeIds);
      tests.push((s) => !excluded.has(this.docs[s]?.id ?? ''));
    }
    return (slot) => {
      for (const test of tests) if (!test(slot)) return false;
      return true;
    };
  }

  /** Facet counts over the given slots: integer counters per code, turned into names once at the end. */
  facets(
    names: readonly FacetName[],
    slots: Int32Array,
    count: number,
  ): Partial<Record<FacetName, Record<string, number>>> {
    const out: Partial<Record<FacetName, Record<string, number>>> = {};
    const byCode = (column: Int32Array, codes: Codes): Record<string, number> => {
      const counts = new Int32Array(codes.values.length + 1);
      for (let i = 0; i < count; i++) counts[column[slots[i]] + 1]++; // NONE (-1) lands in 0
      return named(counts.subarray(1), (c) => codes.values[c]);
    };
    const named = (counts: Int32Array, name: (code: number) => string): Record<string, number> => {
      const result: Record<string, number> = {};
      counts.forEach((n, code) => {
        if (n > 0) result[name(code)] = n;
      });
      return result;
    };
    for (const facet of names) {
      if (facet === 'industry') out.industry = byCode(this.industry, this.industries);
      else if (facet === 'region') out.region = byCode(this.region, this.regions);
      else if (facet === 'orgKind') out.orgKind = byCode(this.orgKind, this.orgKinds);
      else if (facet === 'status') out.status = byCode(this.status, this.statuses);
      else if (facet === 'kind') {
        const counts = new Int32Array(2);
        for (let i = 0; i < count; i++) counts[this.kind[slots[i]]]++;
        out.kind = named(counts, (c) => (c ? 'NEED' : 'ACHIEVEMENT'));
      } else if (facet === 'trl') {
        const counts = new Int32Array(10);
        for (let i = 0; i < count; i++) counts[this.trl[slots[i]]]++;
        out.trl = named(counts.subarray(1), (c) => String(c + 1));
      } else if (facet === 'cooperationModes') {
        const modes = Math.min(this.modeCodes.values.length, MAX_MODES);
        const counts = new Int32Array(modes);
        for (let i = 0; i < count; i++) {
          const mask = this.modes[slots[i]];
          for (let c = 0; c < modes; c++) if (mask & (1 << c)) counts[c]++;
        }
        out.cooperationModes = named(counts, (c) => this.modeCodes.values[c]);
      }
    }
    return out;
  }

  /** Comparator for a sort order; `scores` breaks ties (and is the order itself for RELEVANCE). */
  comparator(sort: SearchSort, scores: Float64Array, hasText: boolean): (a: number, b: number) => number {
    const byScore = (a: number, b: number): number => scores[b] - scores[a];
    const byNewest = (a: number, b: number): number => this.published[b] - this.published[a];
    const byId = (a: number, b: number): number => ((this.docs[a]?.id ?? '') < (this.docs[b]?.id ?? '') ? -1 : 1);
    const chain =
      (...cs: ((a: number, b: number) => number)[]) =>
      (a: number, b: number): number => {
        for (const c of cs) {
          const r = c(a, b);
          if (r !== 0) return r;
        }
        return 0;
      };
    const nanLast = (x: number, y: number, asc: boolean): number => {
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
      return asc ? x - y : y - x;
    };
    switch (sort) {
      case 'NEWEST':
        return chain(byNewest, byScore, byId);
      case 'TRL':
        return chain((a, b) => nanLast(this.trl[a] || NaN, this.trl[b] || NaN, false), byScore, byNewest, byId);
      case 'PRICE':
        return chain((a, b) => nanLast(this.priceKey[a], this.priceKey[b], true), byScore, byNewest, byId);
      default:
        return hasText ? chain(byScore, byNewest, byId) : chain(byNewest, byId);
    }
  }
}

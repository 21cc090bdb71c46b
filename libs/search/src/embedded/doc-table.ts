import { filtersHiddenFields } from '../filters';
import type { FacetName, SearchDocument, SearchFilters, SearchSort } from '../search.types';
import { type DocRow, rowOf, type StoredTexts } from './doc-row';

export { type DocRow, type StoredTexts } from './doc-row';

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
  /**
   * Documents added while running. A slot restored from a snapshot holds instead the number of its JSON text in
   * `stored` (UTF-8 bytes and their offsets): at 100k listings the texts take ~93 MB outside the heap, where the
   * parsed documents took ~137 MB of heap and ~0.4 s more CPU to load.
   */
  private docs: (SearchDocument | undefined)[] = [];
  private raw: (number | undefined)[] = [];
  private stored: StoredTexts | null = null;
  /** Id and key per slot (hits and orderings need no parsed document). */
  ids: (string | undefined)[] = [];
  keys: (string | undefined)[] = [];
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
    const slot = this.appendRow(rowOf(doc));
    this.docs[slot] = doc;
    return slot;
  }

  /** Rows whose documents stay UTF-8 JSON texts until read (a snapshot's restore, into an empty table). */
  appendStored(rows: readonly DocRow[], texts: StoredTexts): void {
    if (this.size) throw new Error('stored documents go into an empty table');
    this.stored = texts;
    rows.forEach((row, i) => (this.raw[this.appendRow(row)] = i));
  }

  /** The document at `slot`; a restored one is parsed on each read and not kept (its text is the copy). */
  doc(slot: number): SearchDocument | undefined {
    const doc = this.docs[slot];
    if (doc !== undefined) return doc;
    const json = this.json(slot);
    return json === undefined ? undefined : (JSON.parse(json) as SearchDocument);
  }

  /** The document at `slot` as JSON text (what a snapshot stores). */
  json(slot: number): string | undefined {
    const doc = this.docs[slot];
    if (doc !== undefined) return JSON.stringify(doc);
    const i = this.raw[slot];
    return i === undefined ? undefined : this.text(i);
  }

  private text(i: number): string {
    const { bytes, offsets } = this.stored as StoredTexts;
    return bytes.toString('utf8', offsets[i], offsets[i + 1]);
  }

  private appendRow(row: DocRow): number {
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

    const [id, key, kind, industry, region, orgKind, status, orgId, modes, trl, price, priceKey, published, secret] =
      row;
    this.ids[slot] = id;
    this.keys[slot] = key;
    this.alive[slot] = 1;
    this.liveCount++;
    this.kind[slot] = kind;
    this.industry[slot] = this.industries.code(industry);
    this.region[slot] = region ? this.regions.code(region) : NONE;
    this.orgKind[slot] = orgKind ? this.orgKinds.code(orgKind) : NONE;
    this.status[slot] = this.statuses.code(status);
    this.org[slot] = orgId ? this.orgs.code(orgId) : NONE;
    let mask = 0;
    for (const mode of modes) {
      const code = this.modeCodes.code(mode);
      if (code < MAX_MODES) mask |= 1 << code;
    }
    this.modes[slot] = mask;
    this.trl[slot] = trl;
    this.price[slot] = price ?? NaN;
    this.priceKey[slot] = priceKey ?? NaN;
    this.published[slot] = published;
    this.confidential[slot] = secret;
    return slot;
  }

  /**
   * The first `size` slots as they are now, for a snapshot taken in chunks while writes go on: removals clear a
   * slot's document and id but not its columns, and slots stay put while pinned (no compaction), so copying the
   * per-slot lists now is enough to read each row and text as of this call later.
   */
  freeze(size: number): { alive: Uint8Array; row(slot: number): DocRow; utf8(slot: number): Buffer } {
    const alive = this.alive.slice(0, size);
    const ids = this.ids.slice(0, size);
    const keys = this.keys.slice(0, size);
    const docs = this.docs.slice(0, size);
    const raw = this.raw.slice(0, size);
    return {
      alive,
      row: (slot) => this.rowAt(slot, ids[slot] as string, keys[slot] as string),
      // A restored document's stored bytes as they are (a view, not decoded and encoded again).
      utf8: (slot) => {
        const doc = docs[slot];
        if (doc !== undefined) return Buffer.from(JSON.stringify(doc));
        const { bytes, offsets } = this.stored as StoredTexts;
        const i = raw[slot] as number;
        return bytes.subarray(offsets[i], offsets[i + 1]);
      },
    };
  }

  /** A slot's row read back from the columns (what `rowOf` gave when it was added). */
  private rowAt(slot: number, id: string, key: string): DocRow {
    const value = (codes: Codes, code: number): string | null => (code === NONE ? null : codes.values[code]);
    const modes: string[] = [];
    for (let c = 0; c < Math.min(this.modeCodes.values.length, MAX_MODES); c++)
      if (this.modes[slot] & (1 << c)) modes.push(this.modeCodes.values[c]);
    const price = this.price[slot];
    const priceKey = this.priceKey[slot];
    return [
      id,
      key,
      this.kind[slot] ? 1 : 0,
      this.industries.values[this.industry[slot]],
      value(this.regions, this.region[slot]),
      value(this.orgKinds, this.orgKind[slot]),
      this.statuses.values[this.status[slot]],
      value(this.orgs, this.org[slot]),
      modes,
      this.trl[slot],
      Number.isNaN(price) ? null : price,
      Number.isNaN(priceKey) ? null : priceKey,
      this.published[slot],
      this.confidential[slot] ? 1 : 0,
    ];
  }

  kill(slot: number): void {
    if (!this.alive[slot]) return;
    this.masks.clear();
    this.alive[slot] = 0;
    this.docs[slot] = undefined;
    this.raw[slot] = undefined;
    this.ids[slot] = undefined;
    this.keys[slot] = undefined;
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
      this.raw[w] = this.raw[r];
      this.ids[w] = this.ids[r];
      this.keys[w] = this.keys[r];
      this.alive[w] = 1;
      w++;
    }
    this.alive.fill(0, w);
    for (const list of [this.docs, this.raw, this.ids, this.keys]) list.length = w;
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
      tests.push((s) => !excluded.has(this.ids[s] ?? ''));
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
    const byId = (a: number, b: number): number => ((this.ids[a] ?? '') < (this.ids[b] ?? '') ? -1 : 1);
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

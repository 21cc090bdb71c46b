import type { TimeSlice } from '@app/core';
import { type DocumentFeatures, type TextAnalyzer } from '@app/text-analysis';
import { visibleDocument } from '../teaser';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type SearchDocument,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
} from '../search.types';
import { type DocRow, DocTable, type StoredTexts } from './doc-table';
import { highlighterFor } from './highlight';
import { FIELD_NAMES, type FieldName, type Fields, Scorer, type ScoringOptions, createFields } from './scorer';
import { QueryPlanCache } from './plan-cache';
import { Posting } from './postings';
import { topK } from './top-k';

export interface EmbeddedIndexOptions {
  scoring: ScoringOptions;
  /** Hits scoring below this (0..1) are not results: one shared bigram is noise, not a match. */
  minScore: number;
  /** Key terms kept from a long query. */
  maxQueryTerms: number;
  /** Query analyses, shared by the engine's successive indexes (one is made when not given). */
  plans?: QueryPlanCache;
}

function tokensOf(features: DocumentFeatures, field: FieldName): readonly string[] {
  return features[field];
}

/** One in-memory index: fields, attribute table, id map. Not thread-aware; the engine swaps whole instances. */
export class EmbeddedIndex {
  readonly table = new DocTable();
  private readonly fields: Fields;
  private readonly scorer: Scorer;
  private readonly plans: QueryPlanCache;
  private readonly byId = new Map<string, number>();
  private candidates = new Int32Array(1024);
  private zeros: Float64Array = new Float64Array(1024);
  private dead = 0;
  /** While a snapshot is being written, slots must keep their numbers: compaction waits. */
  private pinned = 0;

  constructor(
    private readonly analyzer: TextAnalyzer,
    private readonly options: EmbeddedIndexOptions,
  ) {
    this.fields = createFields(options.scoring);
    this.scorer = new Scorer(this.fields, this.table, options.scoring);
    this.plans = options.plans ?? new QueryPlanCache(analyzer, options.maxQueryTerms);
  }

  get size(): number {
    return this.table.liveCount;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** The stored document, as indexed (a teaser for a confidential need). */
  document(id: string): SearchDocument | undefined {
    const slot = this.byId.get(id);
    return slot === undefined ? undefined : this.table.doc(slot);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  add(input: SearchDocument): void {
    const doc = visibleDocument(input);
    const existing = this.byId.get(doc.id);
    if (existing !== undefined) {
      // A replayed write changes nothing; skipping it keeps replays cheap.
      if (this.table.json(existing) === JSON.stringify(doc)) return;
      this.removeSlot(existing);
      this.maybeCompact();
    }
    const features = this.analyzer.document(doc);
    const slot = this.table.append(doc);
    for (const field of FIELD_NAMES) this.fields[field].add(slot, tokensOf(features, field));
    this.byId.set(doc.id, slot);
  }

  /**
   * Adds documents in order, exactly as `add` one by one would, but field by field for runs of new documents: the
   * postings of one field stay in cache instead of eight fields' maps being touched per document. Per field, slots
   * still arrive in increasing order, so postings, lengths and term order come out the same. `analyzed[i]`, when
   * given, is `analyzer.document(visibleDocument(inputs[i]))` computed elsewhere (a worker thread during a reindex).
   */
  addMany(inputs: readonly SearchDocument[], analyzed?: readonly DocumentFeatures[]): void {
    const docs: SearchDocument[] = [];
    const given: (DocumentFeatures | undefined)[] = [];
    const ids = new Set<string>();
    const flush = (): void => {
      if (!docs.length) return;
      const features = docs.map((doc, i) => given[i] ?? this.analyzer.document(doc));
      const first = this.table.size;
      for (const doc of docs) {
        const slot = this.table.append(doc);
        this.byId.set(doc.id, slot);
      }
      for (const field of FIELD_NAMES) {
        const index = this.fields[field];
        for (let i = 0; i < features.length; i++) index.add(first + i, tokensOf(features[i], field));
      }
      docs.length = 0;
      given.length = 0;
      ids.clear();
    };
    inputs.forEach((input, i) => {
      const doc = visibleDocument(input);
      if (this.byId.has(doc.id) || ids.has(doc.id)) {
        flush();
        this.add(input);
      } else {
        docs.push(doc);
        given.push(analyzed?.[i]);
        ids.add(doc.id);
      }
    });
    flush();
  }

  remove(id: string): void {
    const slot = this.byId.get(id);
    if (slot === undefined) return;
    this.removeSlot(slot);
    this.byId.delete(id);
    this.maybeCompact();
  }

  /**
   * After a vocabulary change: the documents whose text holds one of `terms` (normalised dictionary terms) lose
   * the tokens `before` gave them and are added again with the current analysis. Returns how many.
   */
  reanalyze(terms: readonly string[], before: TextAnalyzer): number {
    const affected: SearchDocument[] = [];
    for (let slot = 0; slot < this.table.size; slot++) {
      const doc = this.table.doc(slot);
      if (!doc) continue;
      const text = this.analyzer.normalize(
        [doc.title, doc.summary ?? '', doc.orgName ?? '', ...doc.keywords].join('\n'),
      );
      if (!terms.some((term) => text.includes(term))) continue;
      this.removeSlot(slot, before);
      this.byId.delete(doc.id);
      affected.push(doc);
    }
    for (const doc of affected) this.add(doc);
    this.maybeCompact();
    return affected.length;
  }

  private removeSlot(slot: number, analyzer: TextAnalyzer = this.analyzer): void {
    const doc = this.table.doc(slot);
    if (!doc) return;
    // Analysis is deterministic, so re-analysing (with the analyzer that added it) gives the tokens counted in.
    const features = analyzer.document(doc);
    for (const field of FIELD_NAMES) this.fields[field].remove(slot, tokensOf(features, field));
    this.table.kill(slot);
    this.dead++;
  }

  /** Slots held by replaced or removed documents, awaiting compaction. */
  get deadSlots(): number {
    return this.dead;
  }

  /** Rewrites postings without dead entries once they are a quarter of the index. */
  private maybeCompact(): void {
    if (this.pinned > 0) return;
    if (this.dead < 256 || this.dead < this.table.liveCount / 4) return;
    const remap = this.table.compact();
    for (const field of FIELD_NAMES) this.fields[field].compact(remap, this.table.size);
    this.byId.clear();
    this.table.ids.forEach((id, slot) => id !== undefined && this.byId.set(id, slot));
    this.dead = 0;
  }

  /** The field indexes, for snapshots (read-only use). */
  get fieldIndexes(): Readonly<Fields> {
    return this.fields;
  }

  /** Runs `work` with slot numbers frozen (no compaction), e.g. while a snapshot is read in chunks. */
  async pinSlots<T>(work: () => Promise<T>): Promise<T> {
    this.pinned++;
    try {
      return await work();
    } finally {
      this.pinned--;
      this.maybeCompact();
    }
  }

  /** Frees the growth slack of postings after a bulk build, pausing whenever `slice` is due (see Postings.trim). */
  async trim(slice?: TimeSlice): Promise<void> {
    for (const field of FIELD_NAMES) await this.fields[field].trim(slice);
  }

  /**
   * Fills an empty index from stored parts: documents in slot order and, per field, postings and lengths over
   * those slots (as a snapshot wrote them). No analysis runs.
   */
  /** Fills an empty index from a snapshot: each document's row and JSON text (parsed only when read). */
  restore(
    docs: { rows: readonly DocRow[]; texts: StoredTexts },
    fields: Record<FieldName, { terms: Map<string, number[] | Int32Array>; lengths: Float32Array }>,
  ): void {
    if (this.table.size) throw new Error('restore needs an empty index');
    this.table.appendStored(docs.rows, docs.texts);
    docs.rows.forEach((row, slot) => this.byId.set(row[0], slot));
    for (const name of FIELD_NAMES) {
      const index = this.fields[name];
      const stored = fields[name];
      for (const [term, entries] of stored.terms) index.terms.set(term, new Posting(entries));
      index.lengths = new Float32Array(Math.max(1024, docs.rows.length * 2));
      index.lengths.set(stored.lengths.subarray(0, docs.rows.length));
      let total = 0;
      for (let slot = 0; slot < docs.rows.length; slot++) total += index.lengths[slot];
      index.totalLength = total;
    }
  }

  search(query: SearchQuery): SearchPage {
    const limit = Math.max(0, Math.min(query.limit ?? DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    const predicate = this.table.predicate(query.kinds, query.filters);
    const text = query.text?.trim() ?? '';
    const plan = text ? this.plans.plan(text, query.keyTerms) : undefined;
    if (this.candidates.length < this.table.size) this.candidates = new Int32Array(this.table.size * 2);
    const candidates = this.candidates;
    let count = 0;
    let scores: Float64Array = this.zeros;

    if (plan) {
      const acc = this.scorer.score(plan, predicate);
      const minScore = query.minScore ?? this.options.minScore;
      scores = acc.values;
      // A query touching a good part of the index reads the filter from a cached byte mask instead.
      const mask = acc.count > this.table.size / 4 ? this.table.acceptMask(query.kinds, query.filters) : undefined;
      const accept = mask ? (slot: number): boolean => mask[slot] === 1 : predicate;
      for (let i = 0; i < acc.count; i++) {
        const slot = acc.touched[i];
        if (acc.values[slot] >= minScore && acc.values[slot] > 0 && accept(slot)) candidates[count++] = slot;
      }
    } else {
      for (let slot = 0; slot < this.table.size; slot++) if (predicate(slot)) candidates[count++] = slot;
      if (this.zeros.length < this.table.size) this.zeros = new Float64Array(this.table.size * 2);
      scores = this.zeros;
    }

    const facets = query.facets?.length ? this.table.facets(query.facets, candidates, count) : {};
    const sort = query.sort ?? 'RELEVANCE';
    const order = this.table.comparator(sort, scores, !!plan);
    // Relevance with text orders by score first (see comparator), which lets topK skip slots on score alone.
    const page = topK(
      candidates,
      count,
      offset + limit,
      order,
      sort === 'RELEVANCE' && plan ? scores : undefined,
    ).slice(offset);
    const highlighter = query.highlight
      ? highlighterFor(plan ?? this.analyzer.query(''), this.analyzer.segmenter)
      : undefined;
    const hits = page.map((slot): SearchHit => {
      const hit: SearchHit = {
        id: this.table.ids[slot] as string,
        kind: this.table.kind[slot] ? 'NEED' : 'ACHIEVEMENT',
        key: this.table.keys[slot] as string,
        score: plan ? Math.round(Math.min(1, scores[slot]) * 1e4) / 1e4 : 0,
      };
      if (this.table.confidential[slot]) hit.confidential = true;
      // Key, kind and score come from the columns; only highlights and copies read the document itself.
      const doc = highlighter || query.withDocuments ? (this.table.doc(slot) as SearchDocument) : undefined;
      if (highlighter && doc) {
        hit.titleHighlight = highlighter.title(doc.title);
        const summary = highlighter.summary(doc.summary ?? '');
        if (summary !== undefined) hit.summaryHighlight = summary;
      }
      // A copy: callers must not reach into the index.
      if (query.withDocuments && doc)
        hit.document = { ...doc, keywords: [...doc.keywords], cooperationModes: [...doc.cooperationModes] };
      return hit;
    });
    return { total: count, hits, facets };
  }
}

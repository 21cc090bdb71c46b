import { createHash } from 'node:crypto';
import { TimeSlice, WorkerTask, yieldToEventLoop } from '@app/core';
import {
  ANALYSIS_TASK_MODULE,
  type AnalysisBatch,
  type DocumentFeatures,
  type Segmenter,
  TextAnalyzer,
  type VocabularyChange,
  currentOverlay,
  defaultAnalyzer,
  domainDictionary,
  domainDictionaryLines,
} from '@app/text-analysis';
import { type ReindexSource, SearchEngine, SearchRejectedError, batchesOf } from '../search-engine';
import {
  LISTING_KINDS,
  type ReindexProgress,
  type SearchDocument,
  type SearchHealth,
  type SearchPage,
  type SearchQuery,
} from '../search.types';
import { visibleDocument } from '../teaser';
import { EmbeddedIndex } from './embedded-index';
import { QueryPlanCache } from './plan-cache';
import { DEFAULT_SCORING, type ScoringOptions } from './scorer';
import { SNAPSHOT_FORMAT, readSnapshot, writeSnapshot } from './snapshot';

export interface EmbeddedSearchOptions {
  analyzer?: TextAnalyzer;
  /** Overrides of the ranking knobs (channel weights, field boosts, BM25). */
  scoring?: Partial<ScoringOptions>;
  /** Minimum 0..1 score of a hit (default 0.05). */
  minScore?: number;
  /** Key terms kept from a long query (default 16; Meilisearch is limited to 10). */
  maxQueryTerms?: number;
  /** Documents per batch read from the source during a reindex (default 500). */
  reindexBatchSize?: number;
  /**
   * Analyse documents in a worker thread during a reindex, so the build never holds the event loop for long (the
   * server sets it). Only with the default analyzer: the worker builds its own, which must analyse identically.
   */
  analysisWorker?: boolean;
}

/** Documents whose postings are added between two yields to the event loop during a reindex. */
const POSTINGS_CHUNK = 100;
/** Batches sent to the analysis worker before the oldest is added. */
const WORKER_AHEAD = 3;
/** Documents analysed and added between two yields by `upsert` (analysis included, so fewer). */
const UPSERT_CHUNK = 25;

function validate(doc: SearchDocument): void {
  if (typeof doc.id !== 'string' || doc.id.length === 0) throw new SearchRejectedError('Search document without an id');
  if (!LISTING_KINDS.includes(doc.kind)) throw new SearchRejectedError(`Search document ${doc.id} has an unknown kind`);
  if (typeof doc.title !== 'string') throw new SearchRejectedError(`Search document ${doc.id} has no title`);
}

/** Listings whose analysis stands for the analyser's behaviour in the snapshot fingerprint. */
const PROBES = [
  {
    title: '钙钛矿叠层太阳能电池 TOPCon 光伏組件',
    summary: '二氧化硅 石墨烯 锂离子电池 储能 PLC 工业机器人 mRNA',
    keywords: ['光伏', '储能'],
    orgName: '嘉兴大学',
  },
  {
    title: 'Graphene coating 新材料',
    summary: '汽车零部件 轻量化 数字经济 生物医药',
    keywords: ['HJT'],
    orgName: '浙江清华长三角研究院',
  },
];

/**
 * The default engine: an in-process inverted index (BM25 over words, thesaurus concepts, character grams, pinyin
 * and initials) fed by the shared Chinese analysis. The owner builds it with `reindex`, or loads a snapshot
 * (`loadSnapshot`) and catches up from the change position stored with it.
 */
export class EmbeddedSearchEngine extends SearchEngine {
  readonly name = 'embedded';
  readonly scope = 'process';
  private readonly analyzer: TextAnalyzer;
  private readonly options: {
    scoring: ScoringOptions;
    minScore: number;
    maxQueryTerms: number;
    batch: number;
    worker: boolean;
    plans: QueryPlanCache;
  };
  private index: EmbeddedIndex;
  /** The segmenter and dictionary the live index was analysed with (a vocabulary change compares against them). */
  private indexedWith: { segmenter: Segmenter; dictionary: ReadonlySet<string> };
  /** Writes made while a reindex runs, replayed onto the new index before the swap (id → doc, null = removed). */
  private journal: Map<string, SearchDocument | null> | undefined;

  constructor(options: EmbeddedSearchOptions = {}) {
    super();
    this.analyzer = options.analyzer ?? defaultAnalyzer();
    const scoring = { ...DEFAULT_SCORING, ...options.scoring };
    const maxQueryTerms = options.maxQueryTerms ?? 16;
    this.options = {
      scoring,
      minScore: options.minScore ?? 0.05,
      maxQueryTerms,
      plans: new QueryPlanCache(this.analyzer, maxQueryTerms),
      batch: options.reindexBatchSize ?? 500,
      worker: (options.analysisWorker ?? false) && !options.analyzer,
    };
    this.index = this.newIndex();
    this.indexedWith = this.currentAnalysis();
  }

  private currentAnalysis(): { segmenter: Segmenter; dictionary: ReadonlySet<string> } {
    return { segmenter: this.analyzer.segmenter, dictionary: new Set(domainDictionary()) };
  }

  private newIndex(): EmbeddedIndex {
    return new EmbeddedIndex(this.analyzer, this.options);
  }

  async init(): Promise<void> {
    this.analyzer.warmUp();
  }

  /** Analyses and adds on this thread, `UPSERT_CHUNK` documents between yields: a relay batch can hold hundreds. */
  async upsert(docs: SearchDocument[]): Promise<void> {
    docs.forEach(validate);
    for (let i = 0; i < docs.length; i++) {
      if (i > 0 && i % UPSERT_CHUNK === 0) await yieldToEventLoop();
      // `this.index` is read each time: a reindex may swap it meanwhile (its journal has the earlier ones).
      this.index.add(docs[i]);
      this.journal?.set(docs[i].id, docs[i]);
    }
  }

  async remove(ids: string[]): Promise<void> {
    for (const id of ids) {
      this.index.remove(id);
      this.journal?.set(id, null);
    }
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    return this.index.search(query);
  }

  /**
   * Builds a fresh index beside the current one (searches keep using it) and swaps it in. With `analysisWorker`
   * the text analysis runs in a worker thread, a few batches ahead, while this thread adds postings a chunk at a time
   * with a yield in between; otherwise each chunk is analysed here.
   */
  async reindex(source: ReindexSource, onProgress?: (progress: ReindexProgress) => void): Promise<number> {
    if (this.journal) throw new Error('A reindex is already running');
    const total = Array.isArray(source) && !Array.isArray(source[0]) ? source.length : undefined;
    const fresh = this.newIndex();
    const analysis = this.currentAnalysis();
    this.journal = new Map();
    const worker = this.options.worker
      ? new WorkerTask<AnalysisBatch, DocumentFeatures[]>(ANALYSIS_TASK_MODULE, 'analyzeDocuments')
      : undefined;
    try {
      let indexed = 0;
      const add = async (batch: SearchDocument[], analysed?: Promise<DocumentFeatures[]>): Promise<void> => {
        const features = await analysed;
        for (let i = 0; i < batch.length; i += POSTINGS_CHUNK) {
          fresh.addMany(batch.slice(i, i + POSTINGS_CHUNK), features?.slice(i, i + POSTINGS_CHUNK));
          await yieldToEventLoop(); // keep serving searches on the old index meanwhile
        }
        indexed += batch.length;
        onProgress?.({ indexed, total });
      };
      // With a worker: batches of POSTINGS_CHUNK (the features of one are taken in on this thread in one go), a few
      // queued ahead so the worker keeps analysing while this thread adds postings.
      const size = worker ? Math.min(this.options.batch, POSTINGS_CHUNK) : this.options.batch;
      const ahead: { batch: SearchDocument[]; analysed?: Promise<DocumentFeatures[]> }[] = [];
      for await (const batch of batchesOf(source, size)) {
        // A turn of its own: a page read from the embedded database (its queries run on this thread) resolves
        // straight into the code below, which may go on to add a chunk of postings, all without a pause.
        await yieldToEventLoop();
        batch.forEach(validate);
        const next = { batch, analysed: worker?.run({ overlay: currentOverlay(), docs: batch.map(visibleDocument) }) };
        next.analysed?.catch(() => undefined); // awaited in turn below; a failure must not go unhandled meanwhile
        ahead.push(next);
        if (ahead.length > WORKER_AHEAD) {
          const first = ahead.shift()!;
          await add(first.batch, first.analysed);
        }
      }
      for (const { batch, analysed } of ahead) await add(batch, analysed);
      // Trimmed in time slices (it held the loop 30–80 ms at 30k) while writes still go to the journal, which is
      // then replayed and the index swapped in one go.
      await fresh.trim(new TimeSlice(8));
      for (const [id, doc] of this.journal) {
        if (doc) fresh.add(doc);
        else fresh.remove(id);
      }
      this.index = fresh;
      this.indexedWith = analysis;
      return fresh.size;
    } finally {
      this.journal = undefined;
      await worker?.close();
    }
  }

  /**
   * Compares with the segmenter and dictionary this index was analysed with (not with `change`, which is relative
   * to the process's previous vocabulary: a second engine in the same process may lag one change behind).
   * Synchronous up to its end, so no write or search runs between the switch of the shared segmenter and this
   * re-analysis. A rebuild running meanwhile is analysed partly with the old vocabulary; the next one fixes that.
   */
  async applyVocabulary(_change: VocabularyChange): Promise<void> {
    this.options.plans.clear();
    const before = this.indexedWith;
    // An engine given its own analyzer (with its own segmenter) did not switch.
    if (this.analyzer.segmenter === before.segmenter) return;
    const now = this.currentAnalysis();
    const changed = [...now.dictionary].filter((t) => !before.dictionary.has(t));
    for (const term of before.dictionary) if (!now.dictionary.has(term)) changed.push(term);
    if (changed.length > 0) this.index.reanalyze(changed, new TextAnalyzer(before.segmenter, this.analyzer.thesaurus));
    this.indexedWith = now;
  }

  /**
   * What a snapshot must match to be used: the snapshot format, the domain dictionary and the analysis of a few
   * probe listings (a changed segmenter, vocabulary, pinyin or teaser rule changes the stored tokens).
   */
  fingerprint(): string {
    const hash = createHash('sha1').update(`format ${SNAPSHOT_FORMAT}\n`).update(domainDictionaryLines().join('\n'));
    for (const probe of PROBES) hash.update(JSON.stringify(this.analyzer.document(probe)));
    return hash.digest('hex');
  }

  /** Writes the live index to `file` (atomically, in chunks) with the change position it covers. */
  override saveSnapshot(file: string, position: string): Promise<number> {
    return writeSnapshot(this.index, file, position, this.fingerprint());
  }

  /**
   * Replaces the index with the one in `file` and returns the position it covers; a missing, stale or damaged
   * file leaves the index as it was and says why.
   */
  override async loadSnapshot(
    file: string,
  ): Promise<{ position: string; savedAt: string; documents: number } | { reason: string }> {
    if (this.journal) throw new Error('A reindex is running');
    const loaded = await readSnapshot(file, this.fingerprint());
    if (!loaded.ok) return { reason: `${loaded.reason}: ${loaded.detail}` };
    const fresh = this.newIndex();
    fresh.restore(loaded.docs, loaded.fields);
    this.index = fresh;
    this.indexedWith = this.currentAnalysis(); // the fingerprint matched: analysed as this process analyses now
    return { position: loaded.position, savedAt: loaded.savedAt, documents: loaded.documents };
  }

  /** Ids of the live documents (start-up compares them with the database). */
  async ids(): Promise<string[]> {
    return this.index.ids();
  }

  async health(): Promise<SearchHealth> {
    return { ok: true, engine: this.name, documents: this.index.size };
  }

  async count(): Promise<number> {
    return this.index.size;
  }
}

import { type Segmenter, TextAnalyzer, type VocabularyChange, defaultAnalyzer, domainDictionary } from '@app/text-analysis';
import { type ReindexSource, SearchEngine, SearchRejectedError, batchesOf } from '../search-engine';
import {
  LISTING_KINDS,
  type ReindexProgress,
  type SearchDocument,
  type SearchHealth,
  type SearchPage,
  type SearchQuery,
} from '../search.types';
import { EmbeddedIndex } from './embedded-index';
import { DEFAULT_SCORING, type ScoringOptions } from './scorer';

export interface EmbeddedSearchOptions {
  analyzer?: TextAnalyzer;
  /** Overrides of the ranking knobs (channel weights, field boosts, BM25). */
  scoring?: Partial<ScoringOptions>;
  /** Minimum 0..1 score of a hit (default 0.05). */
  minScore?: number;
  /** Key terms kept from a long query (default 16; Meilisearch is limited to 10). */
  maxQueryTerms?: number;
  /** Documents per batch during reindex before yielding to the event loop (default 500). */
  reindexBatchSize?: number;
}

function validate(doc: SearchDocument): void {
  if (typeof doc.id !== 'string' || doc.id.length === 0) throw new SearchRejectedError('Search document without an id');
  if (!LISTING_KINDS.includes(doc.kind)) throw new SearchRejectedError(`Search document ${doc.id} has an unknown kind`);
  if (typeof doc.title !== 'string') throw new SearchRejectedError(`Search document ${doc.id} has no title`);
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The default engine: an in-process inverted index (BM25 over words, thesaurus concepts, character grams, pinyin
 * and initials) fed by the shared Chinese analysis. Nothing is persisted; the owner rebuilds it with `reindex`
 * at start, so it cannot drift from the database for longer than a restart.
 */
export class EmbeddedSearchEngine extends SearchEngine {
  readonly name = 'embedded';
  readonly scope = 'process';
  private readonly analyzer: TextAnalyzer;
  private readonly options: { scoring: ScoringOptions; minScore: number; maxQueryTerms: number; batch: number };
  private index: EmbeddedIndex;
  /** The segmenter and dictionary the live index was analysed with (a vocabulary change compares against them). */
  private indexedWith: { segmenter: Segmenter; dictionary: ReadonlySet<string> };
  /** Writes made while a reindex runs, replayed onto the new index before the swap (id → doc, null = removed). */
  private journal: Map<string, SearchDocument | null> | undefined;

  constructor(options: EmbeddedSearchOptions = {}) {
    super();
    this.analyzer = options.analyzer ?? defaultAnalyzer();
    const scoring = { ...DEFAULT_SCORING, ...options.scoring };
    this.options = {
      scoring,
      minScore: options.minScore ?? 0.05,
      maxQueryTerms: options.maxQueryTerms ?? 16,
      batch: options.reindexBatchSize ?? 500,
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

  async upsert(docs: SearchDocument[]): Promise<void> {
    docs.forEach(validate);
    for (const doc of docs) {
      this.index.add(doc);
      this.journal?.set(doc.id, doc);
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

  async reindex(source: ReindexSource, onProgress?: (progress: ReindexProgress) => void): Promise<number> {
    if (this.journal) throw new Error('A reindex is already running');
    const total = Array.isArray(source) && !Array.isArray(source[0]) ? source.length : undefined;
    const fresh = this.newIndex();
    const analysis = this.currentAnalysis();
    this.journal = new Map();
    try {
      let indexed = 0;
      for await (const batch of batchesOf(source, this.options.batch)) {
        batch.forEach(validate);
        fresh.addMany(batch);
        indexed += batch.length;
        onProgress?.({ indexed, total });
        await yieldToEventLoop(); // keep serving searches on the old index meanwhile
      }
      for (const [id, doc] of this.journal) {
        if (doc) fresh.add(doc);
        else fresh.remove(id);
      }
      this.index = fresh;
      this.indexedWith = analysis;
      return fresh.size;
    } finally {
      this.journal = undefined;
    }
  }

  /**
   * Compares with the segmenter and dictionary this index was analysed with (not with `change`, which is relative
   * to the process's previous vocabulary: a second engine in the same process may lag one change behind).
   * Synchronous up to its end, so no write or search runs between the switch of the shared segmenter and this
   * re-analysis. A rebuild running meanwhile is analysed partly with the old vocabulary; the next one fixes that.
   */
  async applyVocabulary(_change: VocabularyChange): Promise<void> {
    const before = this.indexedWith;
    // An engine given its own analyzer (with its own segmenter) did not switch.
    if (this.analyzer.segmenter === before.segmenter) return;
    const now = this.currentAnalysis();
    const changed = [...now.dictionary].filter((t) => !before.dictionary.has(t));
    for (const term of before.dictionary) if (!now.dictionary.has(term)) changed.push(term);
    if (changed.length > 0) this.index.reanalyze(changed, new TextAnalyzer(before.segmenter, this.analyzer.thesaurus));
    this.indexedWith = now;
  }

  async health(): Promise<SearchHealth> {
    return { ok: true, engine: this.name, documents: this.index.size };
  }

  async count(): Promise<number> {
    return this.index.size;
  }
}

import type { VocabularyChange } from '@app/text-analysis';
import {
  EmbeddedSearchEngine,
  ReindexProgress,
  SearchRejectedError,
  ReindexSource,
  SearchDocument,
  SearchEngine,
  SearchHealth,
  SearchPage,
  SearchQuery,
} from '@app/search';

/**
 * The real embedded engine behind a switch that makes writes fail, as a search server outage would.
 * This is fault injection around a real engine, not a mock of one.
 */
export class FlakyEngine extends SearchEngine {
  readonly name = 'flaky-embedded';
  /** Stands for a search server: one index all processes share, fed through the outbox. */
  readonly scope = 'shared';
  down = false;
  /** Document titles the "server" refuses, as Meilisearch refuses a document with a bad field. */
  rejectTitles = new Set<string>();
  writes = 0;

  constructor(readonly inner: SearchEngine = new EmbeddedSearchEngine()) {
    super();
  }

  private check(): void {
    if (this.down) throw new Error('connect ECONNREFUSED 127.0.0.1:7700');
  }

  init(): Promise<void> {
    return this.inner.init();
  }
  async upsert(docs: SearchDocument[]): Promise<void> {
    this.check();
    const bad = docs.find((d) => this.rejectTitles.has(d.title));
    if (bad)
      throw new SearchRejectedError(`Document ${bad.id} rejected: invalid_document_fields`, 'invalid_document_fields');
    this.writes++;
    await this.inner.upsert(docs);
  }
  async remove(ids: string[]): Promise<void> {
    this.check();
    await this.inner.remove(ids);
  }
  applyVocabulary(change: VocabularyChange): Promise<void> {
    return this.inner.applyVocabulary(change);
  }
  search(query: SearchQuery): Promise<SearchPage> {
    return this.inner.search(query);
  }
  reindex(source: ReindexSource, onProgress?: (p: ReindexProgress) => void): Promise<number> {
    return this.inner.reindex(source, onProgress);
  }
  health(): Promise<SearchHealth> {
    return this.down ? Promise.resolve({ ok: false, engine: this.name, detail: 'down' }) : this.inner.health();
  }
  ids(): Promise<string[]> {
    this.check();
    return this.inner.ids();
  }
  count(): Promise<number> {
    return this.inner.count();
  }
}

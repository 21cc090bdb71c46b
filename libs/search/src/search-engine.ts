import type { VocabularyChange } from '@app/text-analysis';
import type { ReindexProgress, SearchDocument, SearchHealth, SearchPage, SearchQuery } from './search.types';

/** Documents for a rebuild: one array, or batches streamed from the database. */
export type ReindexSource = SearchDocument[] | Iterable<SearchDocument[]> | AsyncIterable<SearchDocument[]>;

/**
 * The search port, also the Nest DI token. Adapters own their index settings and schema, receive whole documents
 * (upsert is a replace, so replays and reordering are harmless) and map engine hits to neutral `SearchPage`s.
 * Every write resolves only once the engine has applied it, and rejects if it did not.
 */
export abstract class SearchEngine {
  /** Short engine name for logs and health, e.g. `embedded` or `meilisearch`. */
  abstract readonly name: string;

  /**
   * Where the index lives. `process`: in this process's memory, so every process must apply every catalog change
   * (it follows the change log). `shared`: one server all processes write to, so each change is applied once
   * (the outbox hands it to one relay).
   */
  abstract readonly scope: 'process' | 'shared';

  /** Creates the index if needed and applies settings; idempotent, safe at every start. */
  abstract init(): Promise<void>;

  /** Inserts or replaces whole documents by id. */
  abstract upsert(docs: SearchDocument[]): Promise<void>;

  /** Deletes by id; unknown ids are ignored. */
  abstract remove(ids: string[]): Promise<void>;

  abstract search(query: SearchQuery): Promise<SearchPage>;

  /**
   * Builds a fresh index from `source` and swaps it in only when complete, so searches keep working meanwhile and
   * a failed rebuild leaves the old index in place. Resolves with the number of documents indexed.
   */
  abstract reindex(source: ReindexSource, onProgress?: (progress: ReindexProgress) => void): Promise<number>;

  /**
   * The process's vocabulary changed (`applyVocabularyOverlay` already switched the shared thesaurus and
   * segmenter): bring the index's analysis in line, resolving once the engine has applied it. Embedded: the
   * documents holding a changed dictionary term are analysed again. Meilisearch: `synonyms` and `dictionary`
   * settings are updated and the task awaited.
   */
  abstract applyVocabulary(change: VocabularyChange): Promise<void>;

  abstract health(): Promise<SearchHealth>;

  /** Number of documents in the live index. */
  abstract count(): Promise<number>;

  /**
   * Process engines that can keep their index in a file between starts: `saveSnapshot` writes it (atomically, with
   * the opaque change `position` it covers) and resolves with the bytes written; `loadSnapshot` replaces the live
   * index with the file's and gives the position back, or says why it could not (missing, stale, corrupt).
   */
  saveSnapshot?(file: string, position: string): Promise<number>;
  loadSnapshot?(file: string): Promise<{ position: string; savedAt: string; documents: number } | { reason: string }>;

  /** Ids of every document in the live index (start-up compares them with the database and repairs the difference). */
  abstract ids(): Promise<string[]>;
}

/**
 * The engine refused the documents themselves (a bad field, a document too large): retrying cannot help, so the
 * change goes to the dead letters. Every other failure (connection refused, timeout, server busy) is transient.
 */
export class SearchRejectedError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SearchRejectedError';
  }
}

/** Iterates any reindex source as batches of at most `batchSize`. */
export async function* batchesOf(source: ReindexSource, batchSize: number): AsyncGenerator<SearchDocument[]> {
  if (Array.isArray(source) && (source.length === 0 || !Array.isArray(source[0]))) {
    const docs = source as SearchDocument[];
    for (let i = 0; i < docs.length; i += batchSize) yield docs.slice(i, i + batchSize);
    return;
  }
  for await (const batch of source as AsyncIterable<SearchDocument[]>) {
    for (let i = 0; i < batch.length; i += batchSize) yield batch.slice(i, i + batchSize);
  }
}

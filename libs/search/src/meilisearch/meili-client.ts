import { SearchRejectedError } from '../search-engine';
import type {
  EnqueuedTaskPromise,
  IndexObject,
  IndexOptions,
  IndexSwap,
  SearchParams,
  SearchResponse,
  Settings,
  Task,
} from 'meilisearch';

/** A listing as stored in Meilisearch: display text, pre-analysed extra fields, and flat filter/sort attributes. */
export interface MeiliDocument {
  id: string;
  kind: string;
  key: string;
  /** Half-width, simplified (not lower-cased, so highlights read naturally). */
  title: string;
  keywords: string[];
  summary?: string;
  orgName?: string;
  /** Syllable bigrams of title and keywords, space-separated (guangfu fubo boli). */
  pinyin: string;
  /** Initials of word runs (gfbl). */
  initials: string;
  industry: string;
  /** TRL for achievements, minimum TRL for needs; absent when unknown. */
  trl?: number;
  /** Achievement asking price (absent for 面议 and for needs). */
  priceWan?: number;
  /** True for achievements priced 面议. */
  negotiable: boolean;
  /** Price sort key: asking price or need budget. */
  priceKey?: number;
  cooperationModes: string[];
  orgId?: string;
  region?: string;
  orgKind?: string;
  status: string;
  confidential: boolean;
  publishedAt: string;
  /** publishedAt in epoch milliseconds, for sorting. */
  publishedTs: number;
  validUntil?: string;
}

/** The parts of a Meilisearch index the adapter uses (the official `Index` satisfies it; tests use a fake). */
export interface MeiliIndexLike {
  search(query: string | null, params: SearchParams): Promise<SearchResponse<MeiliDocument>>;
  addDocuments(documents: MeiliDocument[], options?: { primaryKey?: string }): EnqueuedTaskPromise;
  deleteDocuments(ids: string[]): EnqueuedTaskPromise;
  updateSettings(settings: Settings): EnqueuedTaskPromise;
  getSettings(): Promise<Settings>;
  getStats(): Promise<{ numberOfDocuments: number }>;
  /** `GET /indexes/:uid/documents?fields=id&limit=&offset=` (documents/get_documents in the server's routes). */
  getDocuments(params: {
    fields: ['id'];
    limit: number;
    offset: number;
  }): Promise<{ results: { id: string }[]; total: number }>;
}

/** The parts of the Meilisearch client the adapter uses (the official `Meilisearch` satisfies it). */
export interface MeiliClientLike {
  index(uid: string): MeiliIndexLike;
  getRawIndex(uid: string): Promise<IndexObject>;
  createIndex(uid: string, options?: IndexOptions): EnqueuedTaskPromise;
  deleteIndex(uid: string): EnqueuedTaskPromise;
  swapIndexes(params: IndexSwap[]): EnqueuedTaskPromise;
  health(): Promise<{ status: string }>;
}

/** A Meilisearch task that ended in another state than `succeeded`. */
export class MeiliTaskError extends Error {
  constructor(
    readonly action: string,
    readonly task: Pick<Task, 'uid' | 'status' | 'type' | 'error'>,
  ) {
    super(
      `Meilisearch ${action} task ${task.uid} (${task.type}) ended ${task.status}: ${task.error?.message ?? 'no error message'}`,
    );
    this.name = 'MeiliTaskError';
  }
}

/**
 * Waits for an enqueued task and requires success: Meilisearch accepts a write with 202 and may still fail it
 * (bad filterable attribute, document too large, …), so an accepted write is not a done write.
 */
export async function settle(action: string, pending: EnqueuedTaskPromise, timeoutMs: number): Promise<Task> {
  const task = await pending.waitTask({ timeout: timeoutMs, interval: 50 });
  if (task.status !== 'succeeded') throw new MeiliTaskError(action, task);
  return task;
}

/**
 * Error codes with which Meilisearch refuses the documents themselves (crates/meilisearch-types/src/error.rs, all
 * of type `invalid_request`): sending the same documents again fails again. Everything else, including
 * `index_not_found`, auth errors, `internal`/`system` errors, connection failures and timeouts, is transient.
 */
export const DOCUMENT_REJECTION_CODES: ReadonlySet<string> = new Set([
  'invalid_document_fields',
  'invalid_document_id',
  'missing_document_id',
  'invalid_document_geo_field',
  'invalid_document_geojson_field',
  'invalid_vector_dimensions',
  'invalid_vectors_type',
  'malformed_payload',
  'missing_payload',
  'payload_too_large',
  'max_fields_limit_exceeded',
  'index_primary_key_multiple_candidates_found',
  'index_primary_key_no_candidate_found',
]);

/** The Meilisearch error code of a failed task or a refused request, if the error carries one. */
export function meiliErrorCode(error: unknown): string | undefined {
  if (error instanceof MeiliTaskError) return error.task.error?.code ?? undefined;
  // MeilisearchApiError keeps the server's error body as `cause` (a connection error keeps the socket error's code,
  // which no list here contains).
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** Maps a write failure to the port's terms: a document rejection becomes `SearchRejectedError`, the rest stays. */
export function classifyWriteError(error: unknown): unknown {
  const code = meiliErrorCode(error);
  if (code && DOCUMENT_REJECTION_CODES.has(code)) return new SearchRejectedError((error as Error).message, code);
  return error;
}

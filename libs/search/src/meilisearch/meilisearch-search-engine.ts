import { type EnqueuedTaskPromise, Meilisearch, type SearchParams } from 'meilisearch';
import { TextAnalyzer, type VocabularyChange, defaultAnalyzer } from '@app/text-analysis';
import { escapeHtml } from '../embedded/highlight';
import { type ReindexSource, SearchEngine, batchesOf } from '../search-engine';
import {
  DEFAULT_SEARCH_LIMIT,
  FACET_NAMES,
  MAX_SEARCH_LIMIT,
  type FacetName,
  type ListingKind,
  type ReindexProgress,
  type SearchDocument,
  type SearchHealth,
  type SearchHit,
  type SearchPage,
  type SearchQuery,
} from '../search.types';
import { buildMeiliFilter } from './filter-builder';
import {
  classifyWriteError,
  type MeiliClientLike,
  type MeiliDocument,
  type MeiliIndexLike,
  meiliErrorCode,
  settle,
} from './meili-client';
import {
  DOCUMENT_ATTRIBUTES,
  FACET_ATTRIBUTES,
  fromMeiliDocument,
  meiliSettings,
  meiliSort,
  settingsDrift,
  toMeiliDocument,
  WORD_ATTRIBUTES,
} from './meili-schema';
import { defaultEngineTokenizer, resetMeiliDictionary } from './engine-tokens';
import { MEILI_MAX_QUERY_WORDS, meiliQueryText } from './query-builder';

export interface MeilisearchSearchOptions {
  url: string;
  apiKey?: string;
  /** Index uid (default `listings`); reindex builds `<indexName>_tmp` and swaps it in. */
  indexName?: string;
  /** How long to wait for each write task (default 30 s; the client's own default is 5 s). */
  taskTimeoutMs?: number;
  /** Documents per addDocuments call during reindex (default 1,000). */
  batchSize?: number;
  analyzer?: TextAnalyzer;
  /** Injected client (tests); built from url/apiKey otherwise. */
  client?: MeiliClientLike;
}

// Highlight markers that cannot occur in listings; replaced by <em> after HTML-escaping the text.
const PRE = '\u0002';
const POST = '\u0003';

function renderFormatted(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return escapeHtml(text).split(PRE).join('<em>').split(POST).join('</em>');
}

/** Ids per page when the whole index is listed (Meilisearch allows any limit; this keeps responses ~40 KB). */
const ID_PAGE = 1000;

/**
 * The production engine. Owns its index settings; documents carry the shared analysis' extra fields (pinyin,
 * initials) and queries go through the same analysis (pinyin read as words, typos corrected, long texts
 * reduced to at most 10 words). Every write waits for its task and fails unless the task succeeded.
 */
export class MeilisearchSearchEngine extends SearchEngine {
  readonly name = 'meilisearch';
  readonly scope = 'shared';
  private readonly client: MeiliClientLike;
  private readonly analyzer: TextAnalyzer;
  private readonly indexName: string;
  private readonly timeout: number;
  private readonly batchSize: number;
  /** The live index exists and holds the settings (checked by `init`). */
  private verified = false;
  private rebuilding = false;

  constructor(options: MeilisearchSearchOptions) {
    super();
    this.client = options.client ?? new Meilisearch({ host: options.url, apiKey: options.apiKey });
    this.analyzer = options.analyzer ?? defaultAnalyzer();
    this.indexName = options.indexName ?? 'listings';
    this.timeout = options.taskTimeoutMs ?? 30_000;
    this.batchSize = options.batchSize ?? 1000;
  }

  private index(uid = this.indexName): MeiliIndexLike {
    return this.client.index(uid);
  }

  /** Creates the index explicitly (never by a document write, which would leave it without settings). */
  private async ensureIndex(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
    } catch (error) {
      if (meiliErrorCode(error) !== 'index_not_found') throw error;
      await settle(`create index ${uid}`, this.client.createIndex(uid, { primaryKey: 'id' }), this.timeout);
    }
  }

  /** Applies the settings and reads them back: a write is only sent to an index known to be configured. */
  private async applySettings(uid: string): Promise<void> {
    const wanted = meiliSettings(this.analyzer);
    await settle(`settings of ${uid}`, this.index(uid).updateSettings(wanted), this.timeout);
    const drift = settingsDrift(wanted, await this.index(uid).getSettings());
    if (drift.length) throw new Error(`Meilisearch index ${uid} does not hold the settings sent (${drift.join(', ')})`);
  }

  /**
   * Creates the index if needed, applies and verifies all settings. Idempotent; until it has succeeded every write
   * runs it first, so no write can reach an index without settings.
   */
  async init(): Promise<void> {
    this.analyzer.warmUp();
    await this.ensureIndex(this.indexName);
    await this.applySettings(this.indexName);
    this.verified = true;
  }

  private async ready(uid: string): Promise<void> {
    if (uid === this.indexName && !this.verified) await this.init();
  }

  /** Runs a write task; `index_not_found` means the index vanished, so the next write re-creates and configures it. */
  private async writeTask(uid: string, action: string, pending: () => EnqueuedTaskPromise): Promise<void> {
    await this.ready(uid);
    try {
      await settle(action, pending(), this.timeout);
    } catch (error) {
      if (meiliErrorCode(error) === 'index_not_found' && uid === this.indexName) this.verified = false;
      throw classifyWriteError(error);
    }
  }

  private async write(uid: string, docs: SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    const payload = docs.map((d) => toMeiliDocument(d, this.analyzer));
    await this.writeTask(uid, `upsert into ${uid}`, () => this.index(uid).addDocuments(payload, { primaryKey: 'id' }));
  }

  private async delete(uid: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.writeTask(uid, `delete from ${uid}`, () => this.index(uid).deleteDocuments(ids));
  }

  /** Deletes an index and waits until the server has done it (an absent index counts as deleted). */
  private async dropIndex(uid: string): Promise<void> {
    try {
      await settle(`delete index ${uid}`, this.client.deleteIndex(uid), this.timeout);
    } catch (error) {
      if (meiliErrorCode(error) !== 'index_not_found') throw error;
    }
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    await this.write(this.indexName, docs);
  }

  async remove(ids: string[]): Promise<void> {
    await this.delete(this.indexName, ids);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const limit = Math.max(0, Math.min(query.limit ?? DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    const text = query.text?.trim() ?? '';
    const plan = text
      ? this.analyzer.query(text, { maxTerms: MEILI_MAX_QUERY_WORDS, keyTerms: query.keyTerms })
      : undefined;
    const q = plan ? meiliQueryText(plan, this.analyzer.segmenter, defaultEngineTokenizer()) : '';
    if (plan && !q) return { total: 0, hits: [], facets: {} };
    const facetNames = (query.facets ?? []).filter((f): f is FacetName => FACET_NAMES.includes(f));
    const params: SearchParams = {
      filter: buildMeiliFilter(query.kinds as ListingKind[] | undefined, query.filters),
      sort: meiliSort(query.sort, !!plan),
      facets: facetNames.length ? facetNames.map((f) => FACET_ATTRIBUTES[f]) : undefined,
      attributesToRetrieve: ['id', 'kind', 'key', 'confidential'],
      showRankingScore: true,
      matchingStrategy: 'frequency',
      locales: ['cmn'],
    };
    if (query.minScore !== undefined && query.minScore > 0) params.rankingScoreThreshold = query.minScore;
    if (query.keyTerms) params.attributesToSearchOn = [...WORD_ATTRIBUTES];
    if (query.withDocuments) params.attributesToRetrieve = [...DOCUMENT_ATTRIBUTES];
    // Page mode gives exhaustive totals; an offset that is not a page boundary needs offset/limit.
    if (limit > 0 && offset % limit === 0) Object.assign(params, { hitsPerPage: limit, page: offset / limit + 1 });
    else Object.assign(params, { offset, limit });
    if (query.highlight) {
      Object.assign(params, {
        attributesToRetrieve: query.withDocuments
          ? [...DOCUMENT_ATTRIBUTES]
          : ['id', 'kind', 'key', 'confidential', 'title', 'summary'],
        attributesToHighlight: ['title', 'summary'],
        attributesToCrop: ['summary'],
        cropLength: 60,
        cropMarker: '…',
        highlightPreTag: PRE,
        highlightPostTag: POST,
      });
    }
    const response = await this.index().search(q || null, params);
    const hits = response.hits.map((hit): SearchHit => {
      const out: SearchHit = {
        id: hit.id,
        kind: hit.kind as ListingKind,
        key: hit.key,
        score: plan ? (hit._rankingScore ?? 0) : 0,
      };
      if (hit.confidential) out.confidential = true;
      if (query.highlight) {
        out.titleHighlight = renderFormatted(hit._formatted?.title ?? hit.title) ?? '';
        const summary = renderFormatted(hit._formatted?.summary);
        if (summary !== undefined) out.summaryHighlight = summary;
      }
      if (query.withDocuments) out.document = fromMeiliDocument(hit);
      return out;
    });
    const facets: SearchPage['facets'] = {};
    for (const name of facetNames) facets[name] = { ...(response.facetDistribution?.[FACET_ATTRIBUTES[name]] ?? {}) };
    const total = response.totalHits ?? response.estimatedTotalHits ?? hits.length;
    return { total, hits, facets };
  }

  /**
   * Fills `<index>_tmp`, swaps it in and deletes the previous generation, waiting for every task. Writes that reach
   * the live index meanwhile are not kept here (another process may make them): the caller replays the database's
   * changes made after its snapshot (`SearchSyncRelay.rebuild`).
   */
  async reindex(source: ReindexSource, onProgress?: (progress: ReindexProgress) => void): Promise<number> {
    if (this.rebuilding) throw new Error('A reindex is already running');
    const tmp = `${this.indexName}_tmp`;
    const total = Array.isArray(source) && !Array.isArray(source[0]) ? source.length : undefined;
    this.rebuilding = true;
    try {
      await this.dropIndex(tmp);
      await settle(`create index ${tmp}`, this.client.createIndex(tmp, { primaryKey: 'id' }), this.timeout);
      await this.applySettings(tmp);
      await this.ready(this.indexName);
      let indexed = 0;
      for await (const batch of batchesOf(source, this.batchSize)) {
        await this.write(tmp, batch);
        indexed += batch.length;
        onProgress?.({ indexed, total });
      }
      await settle(
        'swap indexes',
        this.client.swapIndexes([{ indexes: [this.indexName, tmp], rename: false }]),
        this.timeout,
      );
      await this.dropIndex(tmp); // now holds the previous generation
      return indexed;
    } finally {
      this.rebuilding = false;
    }
  }

  /**
   * Sends the new `synonyms` (synonym groups only) and `dictionary` settings and awaits the task (settings read
   * back). Meilisearch re-tokenizes its documents itself; the analysis attributes this adapter adds to each
   * document are refreshed as listings are written or by a rebuild.
   */
  async applyVocabulary(change: VocabularyChange): Promise<void> {
    if (change.changedTerms.length > 0) resetMeiliDictionary();
    if (!this.verified) return; // init applies the current settings before any write
    await this.applySettings(this.indexName);
  }

  async health(): Promise<SearchHealth> {
    try {
      const { status } = await this.client.health();
      const documents = await this.count();
      return { ok: status === 'available', engine: this.name, documents, detail: status };
    } catch (error) {
      return { ok: false, engine: this.name, detail: (error as Error).message };
    }
  }

  async count(): Promise<number> {
    return (await this.index().getStats()).numberOfDocuments;
  }

  /** Every document id, a page of ids at a time (only the `id` field travels). */
  async ids(): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += ID_PAGE) {
      const page = await this.index().getDocuments({ fields: ['id'], limit: ID_PAGE, offset });
      for (const doc of page.results) ids.push(String(doc.id));
      if (page.results.length < ID_PAGE || offset + ID_PAGE >= page.total) return ids;
    }
  }
}

export type { MeiliDocument };

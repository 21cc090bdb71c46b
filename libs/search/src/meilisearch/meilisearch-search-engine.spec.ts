import type {
  EnqueuedTaskPromise,
  IndexObject,
  SearchParams,
  SearchResponse,
  Settings,
  Task,
  TaskStatus,
} from 'meilisearch';
import { aListing, contractListings } from '../testing';
import { MeiliTaskError, type MeiliClientLike, type MeiliDocument, type MeiliIndexLike } from './meili-client';
import { applyVocabularyOverlay, defaultAnalyzer, toHalfWidth } from '@app/text-analysis';
import { DOCUMENT_ATTRIBUTES, toMeiliDocument } from './meili-schema';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';

/** An in-memory stand-in for the parts of the client the adapter uses; records every call. */
class FakeMeili implements MeiliClientLike {
  readonly calls: string[] = [];
  readonly indexes = new Map<string, Map<string, MeiliDocument>>();
  readonly settings = new Map<string, Settings>();
  failNext: TaskStatus | undefined;
  lastSearch: { q: string | null; params: SearchParams } | undefined;
  response: Partial<SearchResponse<MeiliDocument>> = { hits: [] };
  private uid = 0;

  private task(action: () => void, type: Task['type']): EnqueuedTaskPromise {
    const uid = ++this.uid;
    const status: TaskStatus = this.failNext ?? 'succeeded';
    this.failNext = undefined;
    if (status === 'succeeded') action();
    const error = status === 'succeeded' ? null : { message: 'index_creation_failed', code: 'x', type: 'x', link: '' };
    const done: Task = {
      uid,
      indexUid: null,
      status,
      type,
      batchUid: null,
      canceledBy: null,
      error,
      duration: null,
      startedAt: null,
      finishedAt: null,
      enqueuedAt: '',
    };
    return Object.assign(
      Promise.resolve({ taskUid: uid, indexUid: null, status: 'enqueued' as const, type, enqueuedAt: '' }),
      {
        waitTask: async () => done,
      },
    );
  }

  index(uid: string): MeiliIndexLike {
    const docs = (): Map<string, MeiliDocument> => {
      const m = this.indexes.get(uid);
      if (!m) throw new Error(`no index ${uid}`);
      return m;
    };
    return {
      search: async (q, params) => {
        this.calls.push(`search ${uid}`);
        this.lastSearch = { q, params };
        return { hits: [], processingTimeMs: 1, query: q ?? '', ...this.response } as SearchResponse<MeiliDocument>;
      },
      addDocuments: (documents) => {
        this.calls.push(`add ${uid} ${documents.length}`);
        return this.task(() => documents.forEach((d) => docs().set(d.id, d)), 'documentAdditionOrUpdate');
      },
      deleteDocuments: (ids) => {
        this.calls.push(`delete ${uid} ${ids.length}`);
        return this.task(() => ids.forEach((id) => docs().delete(id)), 'documentDeletion');
      },
      updateSettings: (settings) => {
        this.calls.push(`settings ${uid}`);
        return this.task(() => this.settings.set(uid, settings), 'settingsUpdate');
      },
      getSettings: async () => this.settings.get(uid) ?? {},
      getStats: async () => ({ numberOfDocuments: docs().size }),
      getDocuments: async (params) => {
        this.calls.push(`documents ${uid} ${params.fields.join(',')} ${params.limit} ${params.offset}`);
        const all = [...docs().values()];
        return {
          results: all.slice(params.offset, params.offset + params.limit).map((d) => ({ id: d.id })),
          total: all.length,
        };
      },
    };
  }

  async getRawIndex(uid: string): Promise<IndexObject> {
    if (!this.indexes.has(uid)) throw Object.assign(new Error('not found'), { cause: { code: 'index_not_found' } });
    return { uid, createdAt: '', updatedAt: '' };
  }

  createIndex(uid: string): EnqueuedTaskPromise {
    this.calls.push(`create ${uid}`);
    return this.task(() => this.indexes.set(uid, new Map()), 'indexCreation');
  }

  deleteIndex(uid: string): EnqueuedTaskPromise {
    this.calls.push(`drop ${uid}`);
    return this.task(() => this.indexes.delete(uid), 'indexDeletion');
  }

  swapIndexes(params: { indexes: [string, string] }[]): EnqueuedTaskPromise {
    const [a, b] = params[0].indexes;
    this.calls.push(`swap ${a} ${b}`);
    return this.task(() => {
      const x = this.indexes.get(a);
      const y = this.indexes.get(b);
      if (!x || !y) throw new Error('swap of a missing index');
      this.indexes.set(a, y);
      this.indexes.set(b, x);
    }, 'indexSwap');
  }

  async health(): Promise<{ status: string }> {
    return { status: 'available' };
  }
}

describe('MeilisearchSearchEngine (fake client)', () => {
  let fake: FakeMeili;
  let sut: MeilisearchSearchEngine;

  beforeEach(async () => {
    fake = new FakeMeili();
    sut = new MeilisearchSearchEngine({ url: 'http://unused', indexName: 'listings', client: fake, batchSize: 4 });
    await sut.init();
  });

  it('creates the index when missing and applies its settings idempotently', async () => {
    await sut.init();
    expect(fake.calls.filter((c) => c === 'create listings')).toHaveLength(1);
    expect(fake.calls.filter((c) => c === 'settings listings')).toHaveLength(2);
    const settings = fake.settings.get('listings');
    expect(settings?.searchableAttributes?.slice(0, 4)).toEqual(['title', 'keywords', 'pinyin', 'initials']);
    expect(settings?.localizedAttributes).toEqual([{ attributePatterns: ['*'], locales: ['cmn'] }]);
    expect(settings?.dictionary).toContain('隐裂');
    expect(settings?.dictionary).not.toContain('钙钛矿电池');
    expect(settings?.synonyms?.bms).toContain('电池管理系统');
    expect(settings?.filterableAttributes).toEqual(
      expect.arrayContaining(['industry', 'trl', 'region', 'status', 'orgKind']),
    );
    expect(settings?.sortableAttributes).toEqual(['publishedTs', 'trl', 'priceKey']);
  });

  it('throws when a write task does not succeed', async () => {
    fake.failNext = 'failed';
    await expect(sut.upsert([aListing('X')])).rejects.toBeInstanceOf(MeiliTaskError);
    fake.failNext = 'canceled';
    await expect(sut.remove(['id'])).rejects.toThrow(/canceled/);
  });

  it('stores pre-analysed fields and never a confidential need’s private fields', async () => {
    await sut.upsert(contractListings());
    const docs = [...(fake.indexes.get('listings')?.values() ?? [])];
    const glass = docs.find((d) => d.key === 'GLASS');
    expect(glass?.pinyin).toContain('guangfu');
    expect(glass?.initials.split(' ')).toContain('gfbl');
    const secret = docs.find((d) => d.key === 'NEED-SECRET');
    expect(secret).toBeDefined();
    expect(secret?.summary).toBeUndefined();
    expect(secret?.orgId).toBeUndefined();
    expect(secret?.orgName).toBeUndefined();
    expect(JSON.stringify(secret)).not.toContain('900');
  });

  it('sends at most 10 query words, typed filters, sort and page', async () => {
    const long =
      '储能电池舱最近出现过电芯冒烟，现有消防系统报警太晚，希望引入能在热失控之前提前预警的监测手段，比如气体探测或温度监测，并能和电池管理系统联动。';
    await sut.search({
      text: long,
      kinds: ['ACHIEVEMENT'],
      filters: { regions: ['a"b'] },
      sort: 'NEWEST',
      offset: 20,
      limit: 10,
      facets: ['industry'],
    });
    const { q, params } = fake.lastSearch ?? { q: null, params: {} };
    expect((q ?? '').split(' ').length).toBeLessThanOrEqual(10);
    expect(params.filter).toEqual(['kind IN ["ACHIEVEMENT"]', 'region IN ["a\\"b"]', 'confidential = false']);
    expect(params.sort).toEqual(['publishedTs:desc']);
    expect(params).toMatchObject({ page: 3, hitsPerPage: 10, facets: ['industry'], showRankingScore: true });
  });

  it('filters and counts organisation kinds, stored for open listings only', async () => {
    await sut.upsert(contractListings());
    const docs = [...(fake.indexes.get('listings')?.values() ?? [])];
    expect(docs.find((d) => d.key === 'NEED-THERMAL')?.orgKind).toBe('ENTERPRISE');
    expect(docs.find((d) => d.key === 'NEED-SECRET')?.orgKind).toBeUndefined();
    fake.response = {
      totalHits: 3,
      facetDistribution: { orgKind: { UNIVERSITY: 2, ENTERPRISE: 1 }, region: { 上海市: 1 } },
    };
    const page = await sut.search({
      filters: { orgKinds: ['UNIVERSITY', 'ENTERPRISE'] },
      facets: ['orgKind', 'region'],
    });
    const params = fake.lastSearch?.params ?? {};
    expect(params.filter).toEqual(['orgKind IN ["UNIVERSITY", "ENTERPRISE"]', 'confidential = false']);
    expect(params.facets).toEqual(['orgKind', 'region']);
    expect(page.facets).toEqual({ orgKind: { UNIVERSITY: 2, ENTERPRISE: 1 }, region: { 上海市: 1 } });
  });

  it('maps a positive minScore to rankingScoreThreshold and sends none for 0 or by default', async () => {
    await sut.search({ text: '光伏', minScore: 0.2 });
    expect(fake.lastSearch?.params.rankingScoreThreshold).toBe(0.2);
    await sut.search({ text: '光伏', minScore: 0 });
    expect(fake.lastSearch?.params.rankingScoreThreshold).toBeUndefined();
    await sut.search({ text: '光伏' });
    expect(fake.lastSearch?.params.rankingScoreThreshold).toBeUndefined();
  });

  it("searches keyTerms on the word attributes only, people's queries on every searchable attribute", async () => {
    await sut.search({ text: '光伏 组件', keyTerms: true });
    expect(fake.lastSearch?.params.attributesToSearchOn).toEqual(['title', 'keywords', 'summary', 'orgName']);
    await sut.search({ text: '光伏 组件' });
    expect(fake.lastSearch?.params.attributesToSearchOn).toBeUndefined();
  });

  it('returns hits with their documents when asked, read back from the stored form', async () => {
    const stored = contractListings().filter((d) => ['GLASS', 'NEED-THERMAL', 'NEED-SECRET'].includes(d.key));
    fake.response = {
      hits: stored.map((d) => ({ ...toMeiliDocument(d, defaultAnalyzer()), _rankingScore: 0.5 })),
      totalHits: 3,
    };
    const page = await sut.search({ text: '光伏', withDocuments: true });
    expect(fake.lastSearch?.params.attributesToRetrieve).toEqual([...DOCUMENT_ATTRIBUTES]);
    const [glass, need, secret] = page.hits.map((h) => h.document);
    // Everything the port document says, texts in display form (half-width punctuation).
    expect(glass).toMatchObject({ ...stored[0], summary: toHalfWidth(stored[0].summary ?? ''), validUntil: null });
    expect(need).toMatchObject({
      key: 'NEED-THERMAL',
      minTrl: 6,
      budgetWan: 200,
      summary: toHalfWidth(stored[1].summary ?? ''),
      cooperationModes: stored[1].cooperationModes,
    });
    expect(need).not.toHaveProperty('trl');
    expect(secret).toMatchObject({ key: 'NEED-SECRET', confidential: true, cooperationModes: [] });
    expect([secret?.summary, secret?.budgetWan, secret?.orgId, secret?.minTrl ?? undefined]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    await sut.search({ text: '光伏' });
    expect(fake.lastSearch?.params.attributesToRetrieve).toEqual(['id', 'kind', 'key', 'confidential']);
  });

  it('reads typed pinyin as Chinese words for Meilisearch', async () => {
    await sut.search({ text: 'guangfu boli' });
    expect(fake.lastSearch?.q).toContain('光伏玻璃');
  });

  it('maps hits, scores, facets and escaped highlights', async () => {
    fake.response = {
      hits: [
        {
          id: 'u1',
          kind: 'ACHIEVEMENT',
          key: 'A1',
          _rankingScore: 0.87,
          _formatted: { title: '\u0002光伏\u0003<b>玻璃</b>' },
        } as unknown as MeiliDocument,
      ],
      totalHits: 1,
      facetDistribution: { industry: { PHOTOVOLTAIC: 1 } },
    };
    const page = await sut.search({ text: '光伏', highlight: true, facets: ['industry'] });
    expect(page).toEqual({
      total: 1,
      hits: [
        {
          id: 'u1',
          kind: 'ACHIEVEMENT',
          key: 'A1',
          score: 0.87,
          titleHighlight: '<em>光伏</em>&lt;b&gt;玻璃&lt;/b&gt;',
        },
      ],
      facets: { industry: { PHOTOVOLTAIC: 1 } },
    });
  });

  it("reindexes into <index>_tmp, swaps and drops the old generation (replay is the relay's, from the change log)", async () => {
    await sut.upsert([aListing('OLD')]);
    async function* source(): AsyncGenerator<ReturnType<typeof contractListings>> {
      yield contractListings().slice(0, 6);
      yield contractListings().slice(6);
    }
    const progress: number[] = [];
    const indexed = await sut.reindex(source(), (p) => progress.push(p.indexed));
    expect(indexed).toBe(contractListings().length);
    expect(progress).toEqual([4, 6, 10, 11]);
    const live = fake.indexes.get('listings');
    expect([...(live?.values() ?? [])].map((d) => d.key)).not.toContain('OLD');
    expect(fake.indexes.has('listings_tmp')).toBe(false);
    expect(fake.calls).toEqual(
      expect.arrayContaining([
        'drop listings_tmp',
        'create listings_tmp',
        'settings listings_tmp',
        'swap listings listings_tmp',
      ]),
    );
  });

  it('keeps the live index when a rebuild fails', async () => {
    await sut.upsert([aListing('KEEP')]);
    async function* source(): AsyncGenerator<ReturnType<typeof contractListings>> {
      yield contractListings().slice(0, 2);
      fake.failNext = 'failed';
      yield contractListings().slice(2, 4);
    }
    await expect(sut.reindex(source())).rejects.toBeInstanceOf(MeiliTaskError);
    expect([...(fake.indexes.get('listings')?.values() ?? [])].map((d) => d.key)).toEqual(['KEEP']);
  });

  it('reports health and count', async () => {
    await sut.upsert(contractListings());
    expect(await sut.health()).toEqual({
      ok: true,
      engine: 'meilisearch',
      documents: contractListings().length,
      detail: 'available',
    });
  });

  it('sends a changed vocabulary as settings and waits for the task: synonyms only, associations stay in the app', async () => {
    await sut.init();
    const change = applyVocabularyOverlay({
      disabledShipped: [],
      groups: [
        { terms: ['瓶料', '再生涤纶'], kind: 'SYNONYM' },
        { terms: ['瓶坯', '注坯'], kind: 'RELATED' },
      ],
    });
    try {
      expect(change.changedTerms).toEqual(expect.arrayContaining(['瓶料', '再生涤纶', '瓶坯', '注坯']));
      fake.calls.length = 0;
      await sut.applyVocabulary(change);
      expect(fake.calls).toEqual(['settings listings']);
      const synonyms = fake.settings.get('listings')?.synonyms ?? {};
      expect(synonyms['瓶料']).toEqual(['再生涤纶']);
      expect(synonyms['瓶坯']).toBeUndefined();
      // A failed task is an error the caller sees (the vocabulary service retries on its next poll).
      fake.failNext = 'failed';
      await expect(sut.applyVocabulary(change)).rejects.toThrow();
    } finally {
      applyVocabularyOverlay({ disabledShipped: [], groups: [] });
    }
  });
});

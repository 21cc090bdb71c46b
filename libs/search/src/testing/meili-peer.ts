import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A protocol peer for tests, NOT a search engine: a real HTTP server that records every request and answers with
 * the shapes Meilisearch documents (202 + summarized task for writes, `GET /tasks/:uid` with the final task,
 * `index_not_found` errors, auto-creation of an index by a document or settings write as the real server does
 * when the key may create indexes). Tasks finish at once. Search answers carry no ranking: this checks request
 * shapes, ordering and retries only. The behaviour follows crates/meilisearch/src/routes/indexes/*.rs and
 * crates/index-scheduler of github.com/meilisearch/meilisearch.
 */
export interface PeerRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  /** The Authorization header as sent. */
  authorization?: string;
}

interface PeerKey {
  uid: string;
  key: string;
  name: string | null;
  description: string | null;
  actions: string[];
  indexes: string[];
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Action names the server accepts for a key (crates/meilisearch-types/src/keys.rs, `Action`). */
const KEY_ACTIONS = new Set([
  '*',
  'search',
  'documents.*',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.*',
  'indexes.create',
  'indexes.get',
  'indexes.update',
  'indexes.delete',
  'indexes.swap',
  'tasks.*',
  'tasks.cancel',
  'tasks.delete',
  'tasks.get',
  'settings.*',
  'settings.get',
  'settings.update',
  'stats.*',
  'stats.get',
  'metrics.*',
  'metrics.get',
  'dumps.*',
  'dumps.create',
  'snapshots.*',
  'snapshots.create',
  'version',
  'keys.create',
  'keys.get',
  'keys.update',
  'keys.delete',
  'experimental.get',
  'experimental.update',
]);
const badKey = (message: string) => ({ message, code: 'invalid_api_key_actions', type: 'invalid_request', link: '' });

interface PeerIndex {
  primaryKey: string | null;
  docs: Map<string, Record<string, unknown>>;
  settings: Record<string, unknown>;
}

interface PeerTask {
  uid: number;
  indexUid: string | null;
  status: 'succeeded' | 'failed';
  type: string;
  error: { message: string; code: string; type: string; link: string } | null;
}

const notFound = (uid: string) => ({
  message: `Index \`${uid}\` not found.`,
  code: 'index_not_found',
  type: 'invalid_request',
  link: 'https://docs.meilisearch.com/errors#index_not_found',
});

export class MeiliPeer {
  readonly requests: PeerRequest[] = [];
  readonly indexes = new Map<string, PeerIndex>();
  readonly keys = new Map<string, PeerKey>();
  /** Document ids the peer fails, as the server fails a task for an invalid document id. */
  readonly rejectIds = new Set<string>();
  /** Awaited before a request is answered (a test makes a concurrent write happen at an exact point). */
  beforeHandle: ((request: PeerRequest) => Promise<void>) | undefined;
  private readonly tasks = new Map<number, PeerTask>();
  private nextTask = 0;
  private server: Server | undefined;
  private portNumber = 0;

  get url(): string {
    return `http://127.0.0.1:${this.portNumber}`;
  }

  /** Listens on `port` (0: any free one; the same one again after `stop`). */
  async start(port = this.portNumber): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.portNumber = (this.server.address() as AddressInfo).port;
  }

  /** Stops listening: the client then sees connection refused, as during an outage. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    server?.closeAllConnections();
  }

  /** Recorded requests as `METHOD /path`, in order. */
  lines(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`).filter((l) => !l.startsWith('GET /tasks/'));
  }

  private task(
    indexUid: string | null,
    type: string,
    work: () => PeerTask['error'],
  ): { taskUid: number; indexUid: string | null; status: 'enqueued'; type: string; enqueuedAt: string } {
    const uid = this.nextTask++;
    const error = work();
    this.tasks.set(uid, { uid, indexUid, status: error ? 'failed' : 'succeeded', type, error });
    return { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() };
  }

  private autoCreate(uid: string, primaryKey: string | null): PeerIndex {
    let index = this.indexes.get(uid);
    if (!index) this.indexes.set(uid, (index = { primaryKey, docs: new Map(), settings: {} }));
    return index;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://peer');
    const body: unknown = text ? JSON.parse(text) : undefined;
    const method = req.method ?? 'GET';
    const request: PeerRequest = {
      method,
      path: url.pathname,
      query: url.search,
      body,
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    await this.beforeHandle?.(request);
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const parts = url.pathname.split('/').filter(Boolean);
    const [root, uid, sub, subsub] = parts;
    if (root === 'health') return send(200, { status: 'available' });
    if (root === 'tasks' && uid) {
      const t = this.tasks.get(Number(uid));
      return t
        ? send(200, {
            ...t,
            batchUid: t.uid,
            canceledBy: null,
            details: {},
            duration: 'PT0S',
            enqueuedAt: '',
            startedAt: '',
            finishedAt: '',
          })
        : send(404, { message: 'task not found', code: 'task_not_found', type: 'invalid_request', link: '' });
    }
    if (root === 'keys') return this.handleKeys(method, uid, body, send);
    if (root === 'swap-indexes' && method === 'POST') {
      const swaps = body as { indexes: [string, string] }[];
      return send(
        202,
        this.task(null, 'indexSwap', () => {
          for (const {
            indexes: [a, b],
          } of swaps) {
            const x = this.indexes.get(a);
            const y = this.indexes.get(b);
            if (!x || !y) return notFound(x ? b : a);
            this.indexes.set(a, y);
            this.indexes.set(b, x);
          }
          return null;
        }),
      );
    }
    if (root === 'indexes' && !uid && method === 'POST') {
      const { uid: name, primaryKey } = body as { uid: string; primaryKey?: string };
      return send(
        202,
        this.task(name, 'indexCreation', () => {
          if (this.indexes.has(name))
            return {
              message: `Index \`${name}\` already exists.`,
              code: 'index_already_exists',
              type: 'invalid_request',
              link: '',
            };
          this.autoCreate(name, primaryKey ?? null);
          return null;
        }),
      );
    }
    if (root !== 'indexes' || !uid)
      return send(404, { message: 'not found', code: 'not_found', type: 'invalid_request', link: '' });
    const index = this.indexes.get(uid);
    if (!sub) {
      if (method === 'GET')
        return index
          ? send(200, { uid, primaryKey: index.primaryKey, createdAt: '', updatedAt: '' })
          : send(404, notFound(uid));
      if (method === 'DELETE')
        return send(
          202,
          this.task(uid, 'indexDeletion', () => (this.indexes.delete(uid) ? null : notFound(uid))),
        );
    }
    if (sub === 'settings' && method === 'GET') return index ? send(200, index.settings) : send(404, notFound(uid));
    if (sub === 'settings' && method === 'PATCH') {
      return send(
        202,
        this.task(uid, 'settingsUpdate', () => {
          const target = this.autoCreate(uid, null);
          target.settings = { ...target.settings, ...(body as Record<string, unknown>) };
          return null;
        }),
      );
    }
    if (sub === 'stats' && method === 'GET')
      return index
        ? send(200, { numberOfDocuments: index.docs.size, isIndexing: false, fieldDistribution: {} })
        : send(404, notFound(uid));
    if (sub === 'documents' && !subsub && method === 'POST') {
      const docs = body as Record<string, unknown>[];
      return send(
        202,
        this.task(uid, 'documentAdditionOrUpdate', () => {
          const bad = docs.find((d) => this.rejectIds.has(String(d.id)));
          if (bad)
            return {
              message: `Document identifier \`${String(bad.id)}\` is invalid.`,
              code: 'invalid_document_id',
              type: 'invalid_request',
              link: '',
            };
          const target = this.autoCreate(uid, url.searchParams.get('primaryKey'));
          for (const d of docs) target.docs.set(String(d.id), d);
          return null;
        }),
      );
    }
    if (sub === 'documents' && !subsub && method === 'GET') {
      // routes/indexes/documents.rs get_documents: `fields` comma-separated, `limit` (default 20), `offset`.
      if (!index) return send(404, notFound(uid));
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const fields = url.searchParams.get('fields')?.split(',');
      const all = [...index.docs.values()];
      const pick = (d: Record<string, unknown>) =>
        fields ? Object.fromEntries(fields.filter((f) => f in d).map((f) => [f, d[f]])) : d;
      return send(200, { results: all.slice(offset, offset + limit).map(pick), offset, limit, total: all.length });
    }
    if (sub === 'documents' && subsub === 'delete-batch' && method === 'POST') {
      return send(
        202,
        this.task(uid, 'documentDeletion', () => {
          if (!index) return notFound(uid);
          for (const id of body as string[]) index.docs.delete(String(id));
          return null;
        }),
      );
    }
    if (sub === 'search' && method === 'POST') {
      if (!index) return send(404, notFound(uid));
      return send(200, {
        hits: [],
        query: (body as { q?: string }).q ?? '',
        processingTimeMs: 0,
        totalHits: 0,
        hitsPerPage: 20,
        page: 1,
        totalPages: 0,
      });
    }
    return send(404, {
      message: `no route ${method} ${url.pathname}`,
      code: 'not_found',
      type: 'invalid_request',
      link: '',
    });
  }

  /** `/keys` as crates/meilisearch/src/routes/api_key.rs answers it (validation of actions and expiresAt). */
  private handleKeys(
    method: string,
    uid: string | undefined,
    body: unknown,
    send: (status: number, payload: unknown) => void,
  ): void {
    if (method === 'GET' && !uid) {
      const results = [...this.keys.values()];
      return send(200, { results, offset: 0, limit: 20, total: results.length });
    }
    if (method === 'POST' && !uid) {
      const b = body as Partial<PeerKey>;
      if (!Array.isArray(b.actions) || !b.actions.every((a) => KEY_ACTIONS.has(a)))
        return send(400, badKey(`Unknown value in \`actions\`: ${JSON.stringify(b.actions)}`));
      if (
        !Array.isArray(b.indexes) ||
        !b.indexes.every((i) => typeof i === 'string' && /^[A-Za-z0-9_-]+\*?$|^\*$/.test(i))
      )
        return send(400, { ...badKey('Invalid `indexes`'), code: 'invalid_api_key_indexes' });
      if (!('expiresAt' in b))
        return send(400, { ...badKey('Missing field `expiresAt`'), code: 'missing_api_key_expires_at' });
      const n = this.keys.size + 1;
      const now = new Date().toISOString();
      const key: PeerKey = {
        uid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        key: `peer-key-${n}`,
        name: b.name ?? null,
        description: b.description ?? null,
        actions: b.actions,
        indexes: b.indexes,
        expiresAt: b.expiresAt ?? null,
        createdAt: now,
        updatedAt: now,
      };
      this.keys.set(key.uid, key);
      return send(201, key);
    }
    if (method === 'DELETE' && uid)
      return this.keys.delete(uid)
        ? send(204, null)
        : send(404, {
            message: `API key \`${uid}\` not found.`,
            code: 'api_key_not_found',
            type: 'invalid_request',
            link: '',
          });
    return send(404, { message: `no route ${method} /keys`, code: 'not_found', type: 'invalid_request', link: '' });
  }
}

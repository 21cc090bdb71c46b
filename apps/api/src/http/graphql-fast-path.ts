import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { bilingual, type Language, resolveLanguage, runInLanguage } from '@app/core';
import { INTERNAL_ERROR } from '../graphql/error-formatter';
import type { HttpErrorBody } from './http-error.filter';
import { LoopTurns } from './loop-turns';

/** body-parser's default, which express applies to every other route: 100 kB. */
const BODY_LIMIT_BYTES = 100 * 1024;

const BODY_ERRORS = {
  tooLarge: {
    status: 413,
    code: 'HTTP_413',
    text: bilingual('请求体超过 100 KB 上限', 'Request body over the 100 KB limit'),
  },
  malformed: {
    status: 400,
    code: 'BAD_USER_INPUT',
    text: bilingual('请求体不是有效的 JSON', 'Request body is not valid JSON'),
  },
} as const;

/** `application/json`, with no charset or UTF-8: anything else (another charset, a +json type) goes to express. */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

export interface FastPathOptions {
  /** The GraphQL endpoint's path: `/graphql`. */
  path: string;
  server: ApolloServer<BaseContext>;
  /** The request's GraphQL context, exactly as the module's `context` option builds it. */
  context: (req: IncomingMessage) => Promise<BaseContext>;
  /** Headers every response carries (helmet's, worked out once). */
  headers: readonly (readonly [string, string | number | readonly string[]])[];
  /** The request id (also sets `x-request-id`), its log line, and the logging scope of the request. */
  log: {
    id: (req: IncomingMessage, res: ServerResponse) => string;
    done: (req: IncomingMessage, res: ServerResponse) => void;
    error: (error: unknown) => void;
    /** Runs `fn` with every line logged inside it carrying the request (see logInRequest). */
    scope: <T>(req: IncomingMessage, fn: () => T) => T;
  };
}

/**
 * `POST /graphql` with a JSON body, served from node:http directly: the same steps as express's chain for it
 * (language, helmet's headers, request id and line, body parsing at the same limit, Apollo with the same context),
 * without express's router, its per-request child loggers and its ETag. Trivial queries spent about half their time
 * there. Requests start one per event-loop turn (see LoopTurns), so a burst of new connections is not starved.
 * Returns false for anything else, which express serves as before: other paths and methods, other body types,
 * charsets and encodings.
 */
export function graphqlFastPath(options: FastPathOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { path } = options;
  const query = `${path}?`;
  const turns = new LoopTurns();
  return (req, res) => {
    if (req.method !== 'POST') return false;
    const url = req.url ?? '';
    if (url !== path && !url.startsWith(query)) return false;
    const type = req.headers['content-type'];
    if (type === undefined || !(type === 'application/json' || JSON_TYPE.test(type))) return false;
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
    serve(options, turns, req, res, url);
    return true;
  };
}

function serve(
  options: FastPathOptions,
  turns: LoopTurns,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
): void {
  const lang = resolveLanguage(req.headers['accept-language']);
  (req as IncomingMessage & { id?: string }).id = options.log.id(req, res);
  for (const [name, value] of options.headers) res.setHeader(name, value);
  logWhenDone(options, req, res);
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > BODY_LIMIT_BYTES) return bodyError(res, 'tooLarge', lang);
  const chunks: Buffer[] = [];
  let size = 0;
  let failed = false;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) {
      failed = true;
      req.off('data', onData);
      res.setHeader('connection', 'close');
      bodyError(res, 'tooLarge', lang);
    } else chunks.push(chunk);
  };
  req.on('data', onData);
  req.on('error', () => {
    failed = true;
    res.destroy();
  });
  req.on('end', () => {
    if (failed) return;
    const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8').replace(/^\uFEFF/, '');
    const body = parseBody(text);
    if (body === MALFORMED) return bodyError(res, 'malformed', lang);
    turns.run(() => {
      if (res.destroyed) return; // the caller left while the request waited for its turn
      options.log.scope(req, () =>
        runInLanguage(lang, () => {
          execute(options, req, res, url, body).catch((error: unknown) => {
            options.log.error(error);
            if (!res.headersSent) send(res, 500, 'application/json; charset=utf-8', internalError(lang));
            else res.destroy();
          });
        }),
      );
    });
  });
}

const MALFORMED = Symbol('malformed');

/** body-parser's strict JSON: an object or an array; an empty body is `{}` (Apollo then says what is missing). */
function parseBody(text: string): unknown {
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return {};
  if (first !== '{' && first !== '[') return MALFORMED;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return MALFORMED;
  }
}

async function execute(
  options: FastPathOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  body: unknown,
): Promise<void> {
  const headers = new HeaderMap();
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const at = url.indexOf('?');
  const answer = await options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: at < 0 ? '' : url.slice(at), body },
    context: () => options.context(req),
  });
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

function bodyError(res: ServerResponse, kind: keyof typeof BODY_ERRORS, lang: Language): void {
  const error = BODY_ERRORS[kind];
  const body: HttpErrorBody = { code: error.code, message: error.text[lang] };
  send(res, error.status, 'application/json; charset=utf-8', JSON.stringify(body));
}

const internalError = (lang: Language) =>
  JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_ERROR[lang] } satisfies HttpErrorBody);

/** The request's line (pino-http's rules), once: when the response is finished or the connection closed first. */
function logWhenDone(options: FastPathOptions, req: IncomingMessage, res: ServerResponse): void {
  const done = () => {
    res.off('finish', done);
    res.off('close', done);
    options.log.done(req, res);
  };
  res.on('finish', done);
  res.on('close', done);
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { destination as pinoDestination, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '@app/core';

/** Quoted values inside a database message (`invalid input syntax for type uuid: "…"`). */
const QUOTED_VALUE = /: "(?:[^"\\]|\\.)*"/g;

/**
 * Errors as logged: never a failed statement's parameters, the row PostgreSQL quotes in `detail` ("Failing row
 * contains (…)"), or a value quoted in its message. The SQL text (placeholders only) and the constraint stay.
 */
export function safeError(err: unknown): Record<string, unknown> {
  // Duck-typed: errors from another realm (a VM context, a worker) fail `instanceof Error`.
  if (typeof err !== 'object' || err === null || typeof (err as Error).message !== 'string')
    return { message: String(err) };
  const e = err as Error & {
    query?: unknown;
    parameters?: unknown;
    driverError?: Record<string, unknown>;
    code?: unknown;
    detail?: unknown;
  };
  const driver =
    e.driverError ??
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)
      ? (e as unknown as Record<string, unknown>)
      : undefined);
  if (!driver && e.parameters === undefined) return stdSerializers.err(e) as unknown as Record<string, unknown>;
  const pick = (k: string) => (typeof driver?.[k] === 'string' ? { [k]: driver[k] } : {});
  return {
    type: e.name,
    message: e.message.replace(QUOTED_VALUE, ': "[redacted]"'),
    stack: e.stack?.replace(e.message, e.message.replace(QUOTED_VALUE, ': "[redacted]"')),
    ...(typeof e.query === 'string' ? { query: e.query } : {}),
    ...pick('code'),
    ...pick('table'),
    ...pick('column'),
    ...pick('constraint'),
    ...pick('routine'),
  };
}

type LogStream = ReturnType<typeof pinoDestination>;

/** Batched streams still open, for LogFlush. */
const batched = new Set<LogStream>();

/**
 * An asynchronous, batched log stream (a file descriptor or a path): lines go out 4 KB (~20 lines) at a time, and at
 * the latest 200 ms after they were logged, and when the app shuts down (LogFlush). A write(2) per line, and the log
 * reader it wakes, cost the server ~3 % of a trivial request's CPU at info (bench:server).
 */
export function batchedLogStream(dest: number | string): LogStream {
  const stream = pinoDestination({ dest, sync: false, minLength: 4096, periodicFlush: 200 });
  batched.add(stream);
  stream.on('close', () => batched.delete(stream));
  return stream;
}

/** stdout as the logs' destination: one stream for the process. */
let stdout: LogStream | undefined;
const stdoutLogs = () => (stdout ??= batchedLogStream(1));

/**
 * Writes out the lines batched streams still hold. pino does so at exit, but Nest's shutdown hooks end the process
 * by re-raising the signal, where no exit handler runs: the app calls this when it shuts down.
 */
@Injectable()
export class LogFlush implements OnApplicationShutdown {
  onApplicationShutdown(): void {
    for (const stream of batched) {
      try {
        stream.flushSync();
      } catch {
        // closed, or not open yet: nothing to save
      }
    }
  }
}

/** A request slower than this always gets its line, whatever the sample. */
export const SLOW_REQUEST_MS = 1000;

/**
 * Which requests get a line: every failure (status ≥ 400, or an error) and every slow one, and 1 in `sample` of the
 * rest — a line per request on a trivial query costs up to a quarter of its time. Counter-based, so the figure
 * is exact, not a coin toss.
 */
export function requestSampler(sample: number): (status: number, failed: boolean, elapsedMs: number) => boolean {
  let seen = 0;
  return (status, failed, elapsedMs) =>
    failed || status >= 400 || elapsedMs >= SLOW_REQUEST_MS || seen++ % sample === 0;
}

/** The path as the client sent it (routers rewrite `url` below their mount point). */
const pathOf = (req: IncomingMessage): string | undefined =>
  (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;

function prettyTransport(config: AppConfig): { target: string; options: Record<string, unknown> } | undefined {
  if (config.nodeEnv !== 'development' || !process.stdout.isTTY) return undefined;
  try {
    require.resolve('pino-pretty');
  } catch {
    return undefined; // a production install without dev dependencies: JSON as in production
  }
  return {
    target: 'pino-pretty',
    options: {
      colorize: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service,req,res',
      singleLine: false,
    },
  };
}

/** Where a request's start time is kept, for its level (slow requests are always logged). */
const STARTED = Symbol('startedAt');

type TimedRequest = IncomingMessage & { [STARTED]?: number; id?: unknown };

/**
 * The request's id (a client's well-formed `x-request-id`, else a new UUID), echoed in the response header; also
 * notes when the request began.
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  (req as TimedRequest)[STARTED] = performance.now();
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * Which level a finished request's line gets (`silent`: none) and its message; pino-http and the GraphQL fast path
 * share the rules (each keeps its own 1-in-N count).
 */
export function requestLine(config: AppConfig): {
  level: (req: IncomingMessage, res: ServerResponse, err?: Error) => 'error' | 'info' | 'silent';
  message: (req: IncomingMessage, res: ServerResponse) => string;
} {
  const logged = requestSampler(config.logRequestSample);
  return {
    level: (req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      const started = (req as TimedRequest)[STARTED] ?? performance.now();
      return logged(res.statusCode, false, performance.now() - started) ? 'info' : 'silent';
    },
    message: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  };
}

/**
 * The request line for requests served outside express (the GraphQL fast path): pino-http's fields and rules,
 * written on the root logger, without the two child loggers pino-http builds for every request, logged or not.
 */
export function directRequestLine(
  config: AppConfig,
  root: () => Logger | undefined,
): { id: typeof requestId; done: (req: IncomingMessage, res: ServerResponse) => void; error: (e: unknown) => void } {
  const line = requestLine(config);
  // The line has fixed fields (id, method, path, status, time) and no secret to redact: written through a child
  // without redaction, which was three quarters of pino's ~3.4 µs per line, and at info the sampled lines cost ~5 %
  // of a trivial request's CPU. The root's level decides, so a level changed at run time applies.
  let parent: Logger | undefined;
  let plain: Logger | undefined;
  const lines = (): Logger | undefined => {
    const current = root();
    if (current !== parent) {
      parent = current;
      plain = current?.child({}, { level: 'trace', redact: [] });
    }
    return plain;
  };
  return {
    id: requestId,
    done: (req, res) => {
      const level = line.level(req, res);
      if (level === 'silent' || !root()?.isLevelEnabled(level)) return;
      const responseTime = Math.round(performance.now() - ((req as TimedRequest)[STARTED] ?? performance.now()));
      const message = line.message(req, res);
      lines()?.[level]({ req, res, responseTime }, level === 'error' ? `${message} failed` : message);
    },
    error: (error) => root()?.error({ err: error }, 'GraphQL request failed outside Apollo'),
  };
}

/** The request being served on the GraphQL fast path, for the `req` of lines logged while serving it. */
const fastPathRequest = new AsyncLocalStorage<IncomingMessage>();

/**
 * Runs `fn` (and all it awaits) for `req`: every line logged inside carries the request (its id, method and path),
 * as nestjs-pino's per-request child logger does on express's routes. A child logger per request costs ~2 µs and a
 * redaction pass whether anything is logged or not; this costs a lookup per line logged.
 */
export const logInRequest = <T>(req: IncomingMessage, fn: () => T): T => fastPathRequest.run(req, fn);

/** pino's `mixin`: the fast-path request of the line (pino's serializer keeps its id, method and path). */
function requestOfLine(): { req?: IncomingMessage } {
  const req = fastPathRequest.getStore();
  return req ? { req } : {}; // a fresh object each time: pino merges the line's own fields into it
}

/**
 * pino: JSON (production, tests, and whenever stdout is not a terminal), pretty lines in development on a terminal;
 * request ids; one short line per logged request (sampled: see `requestSampler`); secrets redacted; health probes
 * not logged.
 */
export function loggerParams(config: AppConfig, destination?: DestinationStream): Params {
  const line = requestLine(config);
  const options: Options = {
    level: config.logLevel,
    genReqId: requestId,
    // Tokens and passwords never reach the logs.
    redact: [
      'req.headers.authorization',
      'req.headers.cookie',
      'req.body.variables.input.password',
      '*.password',
      '*.passwordHash',
    ],
    // One short line per request (~200 bytes: id, method, url, status, time), not the ~740 of the default
    // serializers with every header; `service` is bound once, not per request, and pid/hostname are left out.
    base: { service: 'xiushui-api' },
    mixin: requestOfLine,
    // The serializers get the raw request, response and error: pino-http's wrappers would first copy every
    // header of each request into an object (the request logger is built per request, logged or not) only for
    // `req` below to keep three fields of it.
    wrapSerializers: false,
    serializers: {
      err: safeError,
      req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, url: pathOf(req) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // Load balancers probe every few seconds; their calls would drown the requests that matter.
    autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
    customSuccessMessage: line.message,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${line.message(req, res)} failed`,
    customLogLevel: line.level,
  };
  const pretty = destination ? undefined : prettyTransport(config);
  if (pretty) return { pinoHttp: { ...options, transport: pretty } };
  return { pinoHttp: [options, destination ?? stdoutLogs()] };
}

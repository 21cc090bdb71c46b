import type { NextFunction, Request, Response } from 'express';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

export interface WebAppOptions {
  /** The built app (vite build output with .br/.gz beside each file). */
  dir: string;
  /** Serve the offline GraphiQL at /graphiql (never in production). */
  graphiql: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Paths the api answers; never the app shell, even for a browser asking for HTML. */
const API_PATHS = [
  /^\/graphql(\/|$)/,
  /^\/auth(\/|$)/,
  /^\/health(\/|$)/,
  /^\/export(\/|$)/,
  /^\/events\/[^/]+\/[^/]+\.ics$/,
];

/** The app's own pages: no framing, scripts and connections to this origin only (Ant Design sets inline styles). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

function send(req: Request, res: Response, file: string, cache: string): void {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  let path = file;
  let encoding: string | null = null;
  if (/\bbr\b/.test(accepted) && existsSync(`${file}.br`)) [path, encoding] = [`${file}.br`, 'br'];
  else if (/\bgzip\b/.test(accepted) && existsSync(`${file}.gz`)) [path, encoding] = [`${file}.gz`, 'gzip'];
  res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.setHeader('cache-control', cache);
  res.setHeader('vary', 'accept-encoding');
  res.setHeader('x-content-type-options', 'nosniff');
  if (encoding) res.setHeader('content-encoding', encoding);
  if (extname(file) === '.html') {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('referrer-policy', 'same-origin');
  }
  res.setHeader('content-length', statSync(path).size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path).pipe(res);
}

/**
 * Serves the web app at / beside the api: hashed assets with a year's immutable cache, precompressed
 * (brotli or gzip) when the browser accepts it, and the app shell for client routes (SPA fallback) but
 * never for api paths. Returns null when the app was not built (the api runs alone).
 */
export function webAppMiddleware(
  options: WebAppOptions,
): ((req: Request, res: Response, next: NextFunction) => void) | null {
  const root = normalize(options.dir);
  const shell = join(root, 'index.html');
  if (!existsSync(shell)) return null;
  const graphiql = join(root, 'graphiql.html');
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = req.path;
    if (API_PATHS.some((p) => p.test(path))) return next();
    if (path === '/graphiql' || path === '/graphiql.html') {
      if (!options.graphiql || !existsSync(graphiql)) return next();
      return send(req, res, graphiql, 'no-cache');
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return next();
    }
    const file = normalize(join(root, decoded));
    if (
      file.startsWith(root + sep) &&
      !file.endsWith('.br') &&
      !file.endsWith('.gz') &&
      existsSync(file) &&
      statSync(file).isFile()
    ) {
      if (file === graphiql && !options.graphiql) return next();
      const hashed = decoded.startsWith('/assets/');
      return send(req, res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    // A missing asset is a 404, not the app shell (a stale tab must not parse HTML as JavaScript).
    if (decoded.startsWith('/assets/') || extname(decoded) !== '') return next();
    if (!String(req.headers.accept ?? '').includes('text/html')) return next();
    return send(req, res, shell, 'no-cache');
  };
}

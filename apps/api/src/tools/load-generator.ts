import { Agent, request } from 'node:http';
import { latencyStats, type LatencyStats } from '@app/search/eval';

export interface LoadResult extends LatencyStats {
  requestsPerSecond: number;
  /** Requests answered (errors included). */
  requests: number;
  errors: number;
  over1s: number;
}

/**
 * A small closed-loop load generator (autocannon's model): `connections` kept-alive sockets, each sending its next
 * POST as soon as the previous answer arrived, for `seconds`. `body(i)` gives the i-th request's JSON body.
 */
export async function load(
  url: string,
  opts: { connections: number; seconds: number; body: (i: number) => string; token?: string },
): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: opts.connections });
  const samples: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + opts.seconds * 1000;
  const one = (payload: string): Promise<boolean> =>
    new Promise((resolve) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve(res.statusCode === 200 && !Buffer.concat(chunks).toString('utf8').includes('"errors"')),
          );
          res.on('error', () => resolve(false));
        },
      );
      req.on('error', () => resolve(false));
      req.end(payload);
    });
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const started = performance.now();
      const ok = await one(opts.body(next++));
      samples.push(performance.now() - started);
      if (!ok) errors++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const stats = latencyStats(samples);
  return {
    ...stats,
    requestsPerSecond: Math.round(samples.length / seconds),
    requests: samples.length,
    errors,
    over1s: samples.filter((s) => s > 1000).length,
  };
}

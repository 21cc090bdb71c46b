import type { IncomingMessage } from 'node:http';

/** IPv4 addresses arrive as "::ffff:1.2.3.4" on dual-stack sockets; one spelling per address. */
const normalise = (address: string): string =>
  address
    .trim()
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')
    .toLowerCase();

/**
 * The caller's address: the connection's peer, or — only behind `trustedHops` proxies (TRUST_PROXY) — the entry
 * that many hops back in X-Forwarded-For. Entries further left are the client's own claim and never trusted.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const chain = [
    ...(trustedHops > 0
      ? [forwardedFor ?? []]
          .flat()
          .flatMap((h) => h.split(','))
          .map(normalise)
          .filter(Boolean)
      : []),
    normalise(peer ?? 'unknown'),
  ];
  return chain[Math.max(0, chain.length - 1 - trustedHops)];
}

export const requestAddress = (req: IncomingMessage, trustedHops: number): string =>
  clientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for'], trustedHops);

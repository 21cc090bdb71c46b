import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Role } from '@app/core';
import { Database } from '@app/database';

/** What an access token is checked against on each request. */
export interface TokenState {
  tokenVersion: number;
  orgId: string;
  role: Role;
  active: boolean;
  orgAdmin: boolean;
  /** The sign-in (refresh-token family) the access token belongs to was signed out or revoked. */
  sessionRevoked: boolean;
}

/**
 * The user's current state for access-token checks, cached per (user, sign-in) for at most TOKEN_STATE_CACHE_MS
 * (≤ 5 s): changes made in this process drop the user's entries at once; other processes see them within the TTL.
 * When an entry expires, the requests waiting for it share one read: under load on the embedded database each read
 * waits its turn in a single queue, one event-loop turn apiece, and 50 requests of one user each reading their own
 * copy kept the last one waiting for seconds.
 */
@Injectable()
export class TokenStateCache {
  private readonly entries = new Map<string, { state: TokenState | null; until: number }>();
  /** Reads under way, by key; `forget` drops them, so nobody waits on a read older than this process's change. */
  private readonly reading = new Map<string, Promise<TokenState | null>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
  ) {}

  async get(userId: string, sessionId: string): Promise<TokenState | null> {
    const key = `${userId}|${sessionId}`;
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.until > now) return cached.state;
    // Without a cache every request reads for itself.
    if (this.config.tokenStateCacheMs <= 0)
      return this.db.read((em) => this.load(em.query.bind(em), userId, sessionId));
    const pending = this.reading.get(key);
    if (pending) return pending;
    const read = this.db.read((em) => this.load(em.query.bind(em), userId, sessionId));
    this.reading.set(key, read);
    try {
      const state = await read;
      // A `forget` meanwhile dropped this read: its answer may predate the change, so it is not kept.
      if (this.reading.get(key) === read) {
        if (this.entries.size > 10_000) this.prune(now);
        this.entries.set(key, { state, until: now + this.config.tokenStateCacheMs });
      }
      return state;
    } finally {
      if (this.reading.get(key) === read) this.reading.delete(key);
    }
  }

  /** Call after changing a user's sign-in state in this process. */
  forget(userId: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(`${userId}|`)) this.entries.delete(key);
    for (const key of this.reading.keys()) if (key.startsWith(`${userId}|`)) this.reading.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
    if (this.entries.size > 10_000) this.entries.clear();
  }

  private async load(
    query: (sql: string, params: unknown[]) => Promise<unknown[]>,
    userId: string,
    sessionId: string,
  ): Promise<TokenState | null> {
    const rows = (await query(
      `SELECT u.token_version, u.org_id, u.role, u.org_admin, u.deactivated_at IS NULL AS active,
              EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = $2 AND r.user_id = u.id AND r.revoked_at IS NOT NULL) AS revoked
       FROM users u WHERE u.id = $1`,
      [userId, sessionId],
    )) as {
      token_version: number;
      org_id: string;
      role: Role;
      org_admin: boolean;
      active: boolean;
      revoked: boolean;
    }[];
    const row = rows[0];
    if (!row) return null;
    return {
      tokenVersion: row.token_version,
      orgId: row.org_id,
      role: row.role,
      orgAdmin: row.org_admin,
      active: row.active,
      sessionRevoked: row.revoked,
    };
  }
}

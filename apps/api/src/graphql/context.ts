import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { IncomingMessage } from 'node:http';
import { Actor, type Language, resolveLanguage, unauthenticated } from '@app/core';
import { AchievementEntity, AchievementService, NeedService, NeedView } from '@app/catalog';
import { AuthService, OrganizationEntity, OrganizationService, UserEntity, UserService } from '@app/identity';
import { bearerToken } from './bearer';

export interface Loaders {
  organization: DataLoader<string, OrganizationEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  achievement: DataLoader<string, AchievementEntity | null>;
  need: DataLoader<string, NeedView | null>;
}

export interface RequestContext {
  /** The HTTP request (node's: the GraphQL fast path serves it without express). */
  req: IncomingMessage;
  /** The caller, verified once per request; throws UNAUTHENTICATED without a valid token. */
  actor(): Actor;
  /** The caller or null, for operations open to everyone. */
  maybeActor(): Actor | null;
  loaders: Loaders;
  /** The language a person reads: from Accept-Language, zh-CN unless English is preferred. */
  lang: Language;
}

function byId<T extends { id: string }>(rows: (T | null)[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.filter((r): r is T => r !== null).map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** Builds each request's context: the caller from the bearer token, and request-scoped DataLoaders. */
@Injectable()
export class ContextFactory {
  constructor(
    private readonly auth: AuthService,
    private readonly orgs: OrganizationService,
    private readonly users: UserService,
    private readonly achievements: AchievementService,
    private readonly needs: NeedService,
  ) {}

  /** Verifies the bearer token once per request (signature, expiry and the user's current state). */
  async create(req: IncomingMessage): Promise<RequestContext> {
    const resolved = await this.authenticate(req.headers.authorization);
    const actor = (): Actor => {
      if (!resolved.actor) throw resolved.error ?? unauthenticated();
      return resolved.actor;
    };
    const loaders: Loaders = {
      organization: new DataLoader(async (ids) => byId(await this.orgs.findByIds(ids), ids)),
      user: new DataLoader(async (ids) => byId(await this.users.findByIds(ids), ids)),
      achievement: new DataLoader((ids) => this.achievements.findVisibleByIds(actor(), ids)),
      need: new DataLoader((ids) => this.needs.findVisibleByIds(actor(), ids)),
    };
    return {
      req,
      actor,
      maybeActor: () => resolved.actor,
      loaders,
      lang: resolveLanguage(req.headers['accept-language']),
    };
  }

  private async authenticate(header: string | undefined): Promise<{ actor: Actor | null; error: Error | null }> {
    // Anonymous requests (sign-in, public queries) are common: no error object (and stack) is built for them.
    if (header === undefined || header === '') return { actor: null, error: null };
    try {
      return { actor: await this.auth.verifyAccessToken(bearerToken(header)), error: null };
    } catch (error) {
      return { actor: null, error: error as Error };
    }
  }
}

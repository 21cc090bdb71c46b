import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { Actor, type Language, resolveLanguage, unauthenticated } from '@app/core';
import { AchievementEntity, AchievementService, NeedService, NeedView } from '@app/catalog';
import { AuthService, OrganizationEntity, OrganizationService, UserEntity, UserService } from '@app/identity';

export interface Loaders {
  organization: DataLoader<string, OrganizationEntity | null>;
  user: DataLoader<string, UserEntity | null>;
  achievement: DataLoader<string, AchievementEntity | null>;
  need: DataLoader<string, NeedView | null>;
}

export interface RequestContext {
  req: Request;
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

  create(req: Request): RequestContext {
    let resolved: { actor: Actor | null; error: Error | null } | null = null;
    const resolve = () => {
      if (resolved) return resolved;
      const header = req.headers.authorization;
      if (!header) return (resolved = { actor: null, error: unauthenticated() });
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match) return (resolved = { actor: null, error: unauthenticated('Authorization must be "Bearer <token>"') });
      try {
        return (resolved = { actor: this.auth.verifyAccessToken(match[1]), error: null });
      } catch (error) {
        return (resolved = { actor: null, error: error as Error });
      }
    };
    const actor = (): Actor => {
      const r = resolve();
      if (!r.actor) throw r.error ?? unauthenticated();
      return r.actor;
    };
    const loaders: Loaders = {
      organization: new DataLoader(async (ids) => byId(await this.orgs.findByIds(ids), ids)),
      user: new DataLoader(async (ids) => byId(await this.users.findByIds(ids), ids)),
      achievement: new DataLoader((ids) => this.achievements.findVisibleByIds(actor(), ids)),
      need: new DataLoader((ids) => this.needs.findVisibleByIds(actor(), ids)),
    };
    return { req, actor, maybeActor: () => resolve().actor, loaders, lang: resolveLanguage(req.headers['accept-language']) };
  }
}

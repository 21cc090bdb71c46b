import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor, APP_CONFIG, type AppConfig, bilingual, configureCursorKey, Role, unauthenticated } from '@app/core';
import { Database } from '@app/database';
import { UserEntity } from '../entities';
import { RefreshTokenRepository } from '../repositories/refresh-token.repository';
import { UserRepository } from '../repositories/user.repository';
import { LoginThrottle } from '../throttle/login-throttle.service';
import { JwtSecretStore } from './jwt-secret.store';
import { dummyHash, verifyPassword } from './password-hasher';
import { TokenStateCache } from './token-state';
import { newOpaqueToken, sha256 } from './tokens';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: UserEntity;
}

interface AccessClaims {
  sub: string;
  org: string;
  role: Role;
  /** users.token_version when issued. */
  ver: number;
  /** The sign-in (refresh-token family); signing out ends its access tokens too. */
  sid: string;
  /** Organisation admin. */
  adm: boolean;
  exp?: number;
}

const INVALID_TOKEN = bilingual('登录凭证无效或已过期，请重新登录', 'Access token is invalid or expired');
const DEACTIVATED = bilingual(
  '账户已停用，请联系本单位管理员',
  'This account is deactivated; ask your organisation’s administrator',
);

/** Verified access tokens remembered at once (~1 KB each). */
const VERIFIED_TOKENS = 10_000;

@Injectable()
export class AuthService implements OnModuleInit {
  private jwt: JwtService;
  /** Tokens whose signature was verified, with their claims (oldest first, at most VERIFIED_TOKENS). */
  private readonly verified = new Map<string, AccessClaims>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly throttle: LoginThrottle,
    private readonly secrets: JwtSecretStore,
    private readonly tokenState: TokenStateCache,
  ) {}

  async onModuleInit(): Promise<void> {
    const secret = this.config.jwtSecret ?? (await this.secrets.load());
    // Cursors are sealed with a key derived from the same secret, so every process reads the others' cursors.
    configureCursorKey(secret);
    this.jwt = new JwtService({
      secret,
      signOptions: { algorithm: 'HS256', expiresIn: this.config.accessTokenTtlSeconds },
    });
  }

  /** `clientAddress` keys the throttle: failures count per (account, address) and per address. */
  async login(rawEmail: string, password: string, clientAddress: string): Promise<Session> {
    const email = rawEmail.trim().toLowerCase();
    const attempt = await this.throttle.begin(email, clientAddress);
    const user = await this.db.read((em) => this.users.findWithPasswordByEmail(em, email));
    // Verify against a dummy hash when there is no user, so response time does not reveal accounts.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !user.passwordHash || !ok)
      throw unauthenticated(bilingual('电子邮箱或密码错误', 'Wrong e-mail or password'));
    if (user.deactivatedAt) throw unauthenticated(DEACTIVATED);
    await this.throttle.succeeded(attempt);
    const { passwordHash: _omit, ...safe } = user;
    return this.db.transaction((em) => this.issue(em, safe as UserEntity, randomUUID()));
  }

  /** Rotates the refresh token; presenting a spent one revokes its whole family (token theft). */
  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.db.transaction(async (em) => {
      const stored = await this.refreshTokens.findByHashForUpdate(em, sha256(refreshToken));
      if (!stored || stored.revokedAt || stored.expiresAt < new Date())
        return { error: bilingual('登录已失效，请重新登录', 'Refresh token is not valid') } as const;
      if (stored.usedAt) {
        await this.refreshTokens.revokeFamily(em, stored.familyId);
        return {
          error: bilingual(
            '登录凭证已被使用过，为安全起见本次登录已全部失效，请重新登录',
            'Refresh token was already used; every session of that sign-in is revoked',
          ),
          userId: stored.userId,
        } as const;
      }
      await this.refreshTokens.markUsed(em, stored.id);
      const [user] = await this.users.findByIds(em, [stored.userId]);
      if (!user) return { error: bilingual('账户已不存在', 'Account no longer exists') } as const;
      if (user.deactivatedAt) return { error: DEACTIVATED } as const;
      return { session: await this.issue(em, user, stored.familyId) } as const;
    });
    // Thrown after commit: the revocation must persist even though the caller gets an error.
    if ('error' in outcome) {
      if ('userId' in outcome && outcome.userId) this.tokenState.forget(outcome.userId);
      throw unauthenticated(outcome.error);
    }
    return outcome.session;
  }

  /** Ends the sign-in: its refresh tokens and its access tokens stop working. */
  async logout(refreshToken: string): Promise<void> {
    const userId = await this.db.transaction(async (em) => {
      const stored = await this.refreshTokens.findByHashForUpdate(em, sha256(refreshToken));
      if (stored) await this.refreshTokens.revokeFamily(em, stored.familyId);
      return stored?.userId ?? null;
    });
    if (userId) this.tokenState.forget(userId);
  }

  /**
   * Returns the caller for a bearer token, or throws UNAUTHENTICATED. Besides signature and expiry (`exp` required),
   * the user must still exist, be active, be in the same organisation and role, and the sign-in must not be ended.
   */
  async verifyAccessToken(token: string): Promise<Actor> {
    let claims = this.verified.get(token);
    if (claims && (claims.exp as number) * 1000 <= Date.now()) {
      this.verified.delete(token);
      claims = undefined;
    }
    if (!claims) {
      try {
        claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'] });
      } catch {
        throw unauthenticated(INVALID_TOKEN);
      }
      // The signature check is what costs (jsonwebtoken builds a key object per call); its answer for a token
      // never changes, so it is remembered until the token expires. Revocation is the user state's, checked below.
      if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, claims);
    }
    if (
      typeof claims.exp !== 'number' ||
      typeof claims.ver !== 'number' ||
      typeof claims.sid !== 'string' ||
      typeof claims.sub !== 'string'
    ) {
      throw unauthenticated(INVALID_TOKEN);
    }
    const state = await this.tokenState.get(claims.sub, claims.sid);
    if (
      !state ||
      !state.active ||
      state.sessionRevoked ||
      state.tokenVersion !== claims.ver ||
      state.orgId !== claims.org ||
      state.role !== claims.role ||
      state.orgAdmin !== claims.adm
    ) {
      throw unauthenticated(bilingual('登录状态已失效，请重新登录', 'Access token is no longer valid; sign in again'));
    }
    return { userId: claims.sub, orgId: claims.org, role: claims.role, sessionId: claims.sid, orgAdmin: claims.adm };
  }

  private async issue(em: EntityManager, user: UserEntity, familyId: string): Promise<Session> {
    const refreshToken = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await this.refreshTokens.insert(em, { userId: user.id, familyId, tokenHash: sha256(refreshToken), expiresAt });
    const claims: AccessClaims = {
      sub: user.id,
      org: user.orgId,
      role: user.role,
      ver: user.tokenVersion,
      sid: familyId,
      adm: user.orgAdmin,
    };
    return { accessToken: this.jwt.sign(claims), refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user };
  }
}

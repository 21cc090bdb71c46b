import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { Actor, APP_CONFIG, type AppConfig, DomainError, ErrorCode, Role, unauthenticated } from '@app/core';
import { Database } from '@app/database';
import { UserEntity } from '../entities';
import { LoginFailureRepository } from '../repositories/login-failure.repository';
import { RefreshTokenRepository } from '../repositories/refresh-token.repository';
import { UserRepository } from '../repositories/user.repository';
import { dummyHash, verifyPassword } from './password-hasher';
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
}

@Injectable()
export class AuthService {
  private readonly jwt: JwtService;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly failures: LoginFailureRepository,
  ) {
    this.jwt = new JwtService({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256', expiresIn: config.accessTokenTtlSeconds } });
  }

  async login(rawEmail: string, password: string): Promise<Session> {
    const email = rawEmail.trim().toLowerCase();
    const { loginMaxFailures, loginWindowSeconds } = this.config;
    const recent = await this.db.read((em) => this.failures.failuresWithin(em, email, loginWindowSeconds));
    if (recent >= loginMaxFailures) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 'Too many failed sign-ins for this account; try again later');
    }
    const user = await this.db.read((em) => this.users.findWithPasswordByEmail(em, email));
    // Verify against a dummy hash when there is no user, so response time does not reveal accounts.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !user.passwordHash || !ok) {
      await this.db.transaction((em) => this.failures.recordFailure(em, email, loginWindowSeconds));
      throw unauthenticated('Wrong e-mail or password');
    }
    return this.db.transaction(async (em) => {
      await this.failures.clear(em, email);
      const { passwordHash: _omit, ...safe } = user;
      return this.issue(em, safe as UserEntity, randomUUID());
    });
  }

  /** Rotates the refresh token; presenting a spent one revokes its whole family (token theft). */
  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.db.transaction(async (em) => {
      const stored = await this.refreshTokens.findByHashForUpdate(em, sha256(refreshToken));
      if (!stored || stored.revokedAt || stored.expiresAt < new Date()) return { error: 'Refresh token is not valid' } as const;
      if (stored.usedAt) {
        await this.refreshTokens.revokeFamily(em, stored.familyId);
        return { error: 'Refresh token was already used; every session of that sign-in is revoked' } as const;
      }
      await this.refreshTokens.markUsed(em, stored.id);
      const [user] = await this.users.findByIds(em, [stored.userId]);
      if (!user) return { error: 'Account no longer exists' } as const;
      return { session: await this.issue(em, user, stored.familyId) } as const;
    });
    // Thrown after commit: the revocation must persist even though the caller gets an error.
    if ('error' in outcome) throw unauthenticated(outcome.error);
    return outcome.session;
  }

  async logout(refreshToken: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const stored = await this.refreshTokens.findByHashForUpdate(em, sha256(refreshToken));
      if (stored) await this.refreshTokens.revokeFamily(em, stored.familyId);
    });
  }

  /** Returns the caller for a bearer token, or throws UNAUTHENTICATED. */
  verifyAccessToken(token: string): Actor {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'] });
      return { userId: claims.sub, orgId: claims.org, role: claims.role };
    } catch {
      throw unauthenticated('Access token is invalid or expired');
    }
  }

  private async issue(em: Parameters<RefreshTokenRepository['insert']>[0], user: UserEntity, familyId: string): Promise<Session> {
    const refreshToken = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000);
    await this.refreshTokens.insert(em, { userId: user.id, familyId, tokenHash: sha256(refreshToken), expiresAt });
    const claims: AccessClaims = { sub: user.id, org: user.orgId, role: user.role };
    return { accessToken: this.jwt.sign(claims), refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user };
  }
}

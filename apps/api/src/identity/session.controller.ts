import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig, bilingual, DomainError, ErrorCode } from '@app/core';
import { AuthService, OrganizationService, type Session } from '@app/identity';
import { Public } from '../graphql/auth';
import { requestAddress } from '../graphql/client-address';

export const REFRESH_COOKIE = 'xiushui_rt';
const COOKIE_PATH = '/auth';

export interface BrowserSession {
  accessToken: string;
  expiresIn: number;
  user: {
    id: string;
    email: string;
    displayName: string;
    role: string;
    orgAdmin: boolean;
    orgId: string;
    organization: { id: string; name: string; kind: string } | null;
  };
}

/** Reads one cookie from the header (no cookie parser for a single value). */
export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/**
 * Sign-in for the web app. The refresh token travels only in an HttpOnly, SameSite=Strict cookie limited to
 * /auth (Secure over https), so no script can read it; the access token is returned for memory only. Each
 * refresh rotates the cookie (AuthService revokes a family whose spent token reappears). SameSite=Strict and
 * the JSON body (a cross-site form cannot send one without a CORS preflight, and CORS stays closed) keep
 * other sites from driving these endpoints.
 */
@Public()
@Controller('auth')
export class SessionController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly orgs: OrganizationService,
  ) {}

  @Post('login')
  @HttpCode(200)
  async login(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Body() body: unknown,
  ): Promise<BrowserSession> {
    requireJson(req);
    const { email, password } = (body ?? {}) as { email?: unknown; password?: unknown };
    if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        bilingual('请填写邮箱和密码', 'email and password are required'),
        {
          fields: [
            ...(typeof email === 'string' && email
              ? []
              : [{ field: 'email', message: bilingual('请填写邮箱', 'email is required') }]),
            ...(typeof password === 'string' && password
              ? []
              : [{ field: 'password', message: bilingual('请填写密码', 'password is required') }]),
          ],
        },
      );
    }
    return await this.open(
      req,
      res,
      await this.auth.login(email, password, requestAddress(req, this.config.trustProxy)),
    );
  }

  /** 204 without a cookie: a signed-out visitor is not an error (the app asks on every page load). */
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<BrowserSession | undefined> {
    try {
      requireJson(req);
      const token = readCookie(req, REFRESH_COOKIE);
      if (!token) {
        res.status(204);
        return undefined;
      }
      return await this.open(req, res, await this.auth.refresh(token));
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.UNAUTHENTICATED) this.clear(req, res);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    requireJson(req);
    const token = readCookie(req, REFRESH_COOKIE);
    if (token) await this.auth.logout(token);
    this.clear(req, res);
  }

  private async open(req: Request, res: Response, session: Session): Promise<BrowserSession> {
    res.cookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: COOKIE_PATH,
      maxAge: this.config.refreshTokenTtlDays * 86_400_000,
    });
    res.setHeader('cache-control', 'no-store');
    const { user } = session;
    const org = await this.orgs.get(user.orgId).catch(() => null);
    return {
      accessToken: session.accessToken,
      expiresIn: session.expiresIn,
      user: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        orgAdmin: user.orgAdmin,
        orgId: user.orgId,
        organization: org ? { id: org.id, name: org.name, kind: org.kind } : null,
      },
    };
  }

  private clear(req: Request, res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: COOKIE_PATH });
  }
}

function requireJson(req: Request): void {
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      bilingual(
        '请以 JSON 格式发送请求（content-type: application/json）',
        'Send a JSON body (content-type: application/json)',
      ),
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { Actor, APP_CONFIG, type AppConfig, badInput, bilingual, notFound, unauthenticated } from '@app/core';
import { appendAudit, Database } from '@app/database';
import { appLink, Mailer, MailKind } from '@app/mail';
import { passwordProblem } from '../domain/password-policy';
import { PasswordResetRepository, PasswordResetRow } from '../repositories/password-reset.repository';
import { RefreshTokenRepository } from '../repositories/refresh-token.repository';
import { UserRepository } from '../repositories/user.repository';
import { LoginThrottle } from '../throttle/login-throttle.service';
import { hashPassword, verifyPassword } from './password-hasher';
import { TokenStateCache } from './token-state';
import { newOpaqueToken, sha256 } from './tokens';

export const RESET_MINUTES = 30;
/** At most this many reset e-mails per account per hour: the form must not become a way to flood a mailbox. */
const RESETS_PER_HOUR = 3;

/** Checks a new password against the policy, naming `field`, with the person's own words as hints. */
export function checkPassword(field: string, password: string, userInputs: readonly string[]): void {
  const problem = passwordProblem(password, userInputs);
  if (problem) throw badInput(field, problem);
}

const invalidResetLink = () =>
  badInput(
    'token',
    bilingual(
      '密码重置链接无效或已过期，请重新申请',
      'token is not a valid or unexpired password-reset link; ask for a new one',
    ),
  );

/** A reset token that exists, is unused and unexpired. */
function usable(row: PasswordResetRow | null): PasswordResetRow {
  if (!row || row.usedAt || row.expiresAt < new Date()) throw invalidResetLink();
  return row;
}

/** Changing (knowing the old one) and resetting (by e-mail link) a password. */
@Injectable()
export class PasswordService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly resets: PasswordResetRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly throttle: LoginThrottle,
    private readonly tokenState: TokenStateCache,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Mails a single-use link valid for 30 minutes to an active account. The answer is the same whether or not the
   * address belongs to anyone, so it reveals nothing.
   */
  async requestReset(rawEmail: string, clientAddress: string): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    if (email.length > 200 || !/^[^\s@\u0000]+@[^\s@\u0000]+$/.test(email) || /[\ud800-\udfff]/.test(email))
      throw badInput('email', bilingual('电子邮箱格式不正确', 'email is not an e-mail address'));
    await this.throttle.countRequest('reset', clientAddress);
    await this.db.transaction(async (em) => {
      const user = await this.users.findWithPasswordByEmail(em, email);
      if (!user || !user.passwordHash || user.deactivatedAt) return;
      if ((await this.resets.issuedSince(em, user.id, 3600)) >= RESETS_PER_HOUR) return;
      const token = newOpaqueToken();
      await this.resets.insert(em, user.id, sha256(token), new Date(Date.now() + RESET_MINUTES * 60_000));
      await this.mailer.send(
        em,
        { userId: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
        {
          kind: MailKind.PASSWORD_RESET,
          link: appLink(this.config.publicUrl, '/reset-password', { token }),
          minutes: RESET_MINUTES,
        },
      );
      await appendAudit(em, {
        actorUserId: null,
        entityType: 'USER',
        entityId: user.id,
        action: 'PASSWORD_RESET_REQUESTED',
        changes: {},
      });
    });
  }

  /** Sets the password from a reset link: the token works once; every sign-in of the account ends. */
  async reset(token: string, password: string): Promise<void> {
    const tokenHash = sha256(token);
    const user = await this.db.read(async (em) => {
      const row = usable(await this.resets.findByHash(em, tokenHash));
      const [found] = await this.users.findByIds(em, [row.userId]);
      if (!found || found.deactivatedAt) throw invalidResetLink();
      checkPassword('password', password, [found.email, found.displayName]);
      return found;
    });
    // Argon2 outside the transaction (it is slow); the token is used up in the transaction, under its row lock.
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (em) => {
      const row = usable(await this.resets.findByHash(em, tokenHash, true));
      await this.resets.useAll(em, row.userId);
      await this.users.setPassword(em, row.userId, passwordHash, true);
      await this.refreshTokens.revokeAllOfUser(em, row.userId);
      await appendAudit(em, {
        actorUserId: row.userId,
        entityType: 'USER',
        entityId: row.userId,
        action: 'PASSWORD_RESET',
        changes: {},
      });
    });
    this.tokenState.forget(user.id);
    // The owner proved control of the mailbox: failures counted against the account are forgotten.
    await this.throttle.forgetAccount(user.email);
  }

  /** Changes the password knowing the current one; the caller's sign-in stays, every other one ends. */
  async change(actor: Actor, currentPassword: string, newPassword: string, clientAddress: string): Promise<void> {
    const sessionId = actor.sessionId;
    if (!sessionId) throw unauthenticated();
    const user = await this.db.read((em) => this.users.findWithPasswordById(em, actor.userId));
    if (!user || !user.passwordHash) throw notFound('User', actor.userId);
    const attempt = await this.throttle.begin(user.email, clientAddress);
    if (!(await verifyPassword(user.passwordHash, currentPassword)))
      throw badInput('currentPassword', bilingual('当前密码不正确', 'currentPassword is not your current password'));
    await this.throttle.succeeded(attempt);
    checkPassword('newPassword', newPassword, [user.email, user.displayName]);
    if (await verifyPassword(user.passwordHash, newPassword))
      throw badInput(
        'newPassword',
        bilingual('新密码不能与当前密码相同', 'newPassword must differ from the current password'),
      );
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (em) => {
      await this.users.setPassword(em, user.id, passwordHash);
      await this.refreshTokens.revokeAllOfUser(em, user.id, sessionId);
      await appendAudit(em, {
        actorUserId: actor.userId,
        entityType: 'USER',
        entityId: user.id,
        action: 'PASSWORD_CHANGE',
        changes: {},
      });
    });
    this.tokenState.forget(user.id);
  }
}

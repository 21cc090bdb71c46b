import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, tooManyAttempts, tooManyRequests } from '@app/core';
import { Database } from '@app/database';
import { LoginThrottleRepository, ThrottlePolicy } from './login-throttle.repository';

/** Password-reset requests or registrations per client address before waits begin. */
export const PUBLIC_REQUESTS_PER_ADDRESS = 10;

export interface LoginAttempt {
  accountKey: string;
  addressKey: string;
}

/**
 * Sign-in throttling that cannot be turned against a person: failures count per (account, client address), so a
 * stranger elsewhere cannot lock the owner's address out, and per address over all accounts, against guessing
 * many accounts from one place. Each wait doubles; the error says how long.
 */
@Injectable()
export class LoginThrottle {
  private readonly account: ThrottlePolicy;
  private readonly address: ThrottlePolicy;
  private readonly requests: ThrottlePolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: Database,
    private readonly throttles: LoginThrottleRepository,
  ) {
    const common = { baseDelaySeconds: config.loginBaseDelaySeconds, windowSeconds: config.loginWindowSeconds };
    this.account = { ...common, freeFailures: config.loginMaxFailures };
    this.address = { ...common, freeFailures: config.loginAddressMaxFailures };
    this.requests = { ...common, freeFailures: PUBLIC_REQUESTS_PER_ADDRESS };
  }

  /**
   * Public requests that write or send mail (password-reset requests, registrations) count per client address
   * whatever their outcome; past the free ones each waits, doubling. Throws TOO_MANY_REQUESTS with the wait.
   */
  async countRequest(scope: 'reset' | 'register', clientAddress: string): Promise<void> {
    const result = await this.db.transaction((em) =>
      this.throttles.reserve(em, `${scope}:${clientAddress}`, this.requests),
    );
    if (!result.ok) throw tooManyRequests(result.retryAfterSeconds);
  }

  /** Counts the attempt as a failure up front, or throws TOO_MANY_REQUESTS with the wait. */
  async begin(email: string, clientAddress: string): Promise<LoginAttempt> {
    const attempt = { accountKey: `acct:${email}|${clientAddress}`, addressKey: `addr:${clientAddress}` };
    await this.db.transaction(async (em) => {
      const byAddress = await this.throttles.reserve(em, attempt.addressKey, this.address);
      if (!byAddress.ok) throw tooManyAttempts(byAddress.retryAfterSeconds);
      const byAccount = await this.throttles.reserve(em, attempt.accountKey, this.account);
      if (!byAccount.ok) throw tooManyAttempts(byAccount.retryAfterSeconds);
    });
    return attempt;
  }

  /** After a password reset: the account's failures from every address are forgotten. */
  async forgetAccount(email: string): Promise<void> {
    await this.db.transaction((em) => this.throttles.clearAccount(em, email));
  }

  /** The password was right: the account's failures from this address are forgotten, the address gets its count back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.db.transaction(async (em) => {
      await this.throttles.clear(em, attempt.accountKey);
      await this.throttles.release(em, attempt.addressKey);
    });
  }
}

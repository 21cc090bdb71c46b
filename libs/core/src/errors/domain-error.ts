/** Codes clients see in `extensions.code`; mapped to GraphQL in one place (apps/api graphql/error-formatter). */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldProblem[]; retryAfterSeconds?: number },
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, ref?: string) =>
  new DomainError(ErrorCode.NOT_FOUND, ref ? `${what} ${ref} not found` : `${what} not found`);
export const forbidden = (message = 'You may not do this') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Sign in first') => new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
export const badInput = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message.startsWith(field) ? message : `${field} ${message}`, {
    fields: [{ field, message }],
  });

/** Chinese wait for people: seconds below a minute, whole minutes above. */
const wait = (seconds: number): string => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`);

/** Sign-in throttled: says when to try again (extensions.retryAfterSeconds) and that a reset by e-mail still works. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.TOO_MANY_REQUESTS, `登录失败次数过多，请 ${wait(retryAfterSeconds)}后再试；忘记密码可通过邮件重置`, {
    retryAfterSeconds,
  });

/** Too many requests from one client address: says when to try again. */
export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.TOO_MANY_REQUESTS, `请求过于频繁，请 ${wait(retryAfterSeconds)}后再试`, { retryAfterSeconds });

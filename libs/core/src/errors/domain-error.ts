import type { Language } from '../i18n/language';
import { bilingual, localise, type LocalText, type Message } from '../i18n/text';
import { entityLabel } from './entity-labels';

/** Codes clients see in `extensions.code`; mapped to GraphQL in one place (apps/api graphql/error-formatter). */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

/** A problem with one input field, as clients read it (`extensions.fields`). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A field problem whose message may come in each language. */
export interface LocalFieldProblem {
  field: string;
  message: Message;
}

/**
 * A failure a person is told about. The message may be one string or a sentence per language (`bilingual`); the
 * API's edge picks the request's language with `localised`. `message` itself is the English text, for logs.
 */
export class DomainError extends Error {
  readonly text: LocalText;

  constructor(
    readonly code: ErrorCode,
    message: Message,
    readonly details?: { fields?: LocalFieldProblem[]; retryAfterSeconds?: number },
  ) {
    const text = typeof message === 'string' ? bilingual(message, message) : message;
    super(text.en);
    this.text = text;
    this.name = 'DomainError';
  }

  /** The message and field problems in a person's language. */
  localised(lang: Language): { message: string; fields?: FieldProblem[] } {
    const fields = this.details?.fields?.map((f) => ({ field: f.field, message: localise(f.message, lang) }));
    return { message: this.text[lang], ...(fields ? { fields } : {}) };
  }
}

export const notFound = (what: string, ref?: string) => {
  const en = ref ? `${what} ${ref} not found` : `${what} not found`;
  const label = entityLabel(what);
  return new DomainError(ErrorCode.NOT_FOUND, bilingual(label ? `未找到该${label}` : `未找到：${what}`, en));
};
export const forbidden = (message: Message = bilingual('无权进行此操作', 'You may not do this')) =>
  new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message: Message = bilingual('请先登录', 'Sign in first')) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: Message) => new DomainError(ErrorCode.CONFLICT, message);

/**
 * Bad input in one field. A plain English message is prefixed with the field's name; a bilingual one is a whole
 * sentence in each language, used as written.
 */
export const badInput = (field: string, message: Message) =>
  new DomainError(
    ErrorCode.BAD_USER_INPUT,
    typeof message !== 'string' || message.startsWith(field) ? message : `${field} ${message}`,
    {
      fields: [{ field, message }],
    },
  );

/** An id field that names no organisation. */
export const unknownOrganization = (field = 'orgId') =>
  badInput(field, bilingual('所选机构不存在', `${field} does not name an existing organization`));

/** The answer to a write based on a stale version: someone else saved first; says both versions when known. */
export const staleVersion = (what: string, ref?: string, yours?: number, current?: number) => {
  const label = entityLabel(what) ?? what;
  const versions = yours !== undefined && current !== undefined;
  return conflict(
    bilingual(
      `该${label}已被他人修改${versions ? `（您编辑的是第 ${yours} 版，当前为第 ${current} 版）` : ''}，请刷新后重试`,
      `${what}${ref ? ` ${ref}` : ''} was changed by someone else${versions ? ` (you edited version ${yours}, it is now at ${current})` : ''}; reload and retry`,
    ),
  );
};

/** Chinese wait for people: seconds below a minute, whole minutes above. */
const wait = (seconds: number): string => (seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`);
const waitEn = (seconds: number): string => (seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`);

/** Sign-in throttled: says when to try again (extensions.retryAfterSeconds) and that a reset by e-mail still works. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new DomainError(
    ErrorCode.TOO_MANY_REQUESTS,
    bilingual(
      `登录失败次数过多，请 ${wait(retryAfterSeconds)}后再试；忘记密码可通过邮件重置`,
      `Too many failed sign-ins; try again in ${waitEn(retryAfterSeconds)}, or reset the password by e-mail`,
    ),
    { retryAfterSeconds },
  );

/** Too many requests from one client address: says when to try again. */
export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError(
    ErrorCode.TOO_MANY_REQUESTS,
    bilingual(
      `请求过于频繁，请 ${wait(retryAfterSeconds)}后再试`,
      `Too many requests; try again in ${waitEn(retryAfterSeconds)}`,
    ),
    { retryAfterSeconds },
  );

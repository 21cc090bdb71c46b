import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import {
  bilingual,
  currentLanguage,
  DomainError,
  ErrorCode,
  fieldLabel,
  type Language,
  type LocalFieldProblem,
  localise,
} from '@app/core';
import { LIMITS, QUERY_TOO_COMPLEX } from './limits';
import { uniqueViolation } from '@app/database';

const logger = new Logger('GraphQL');

/** Each domain code's HTTP status, for the REST routes (apps/api/src/http/http-error.filter.ts). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};
export const HTTP_CODES: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(HTTP_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/** What a person reads when the server failed; never the details. */
export const INTERNAL_ERROR = bilingual('服务器内部错误，请稍后重试', 'Internal server error');

/**
 * The one place errors become what clients see: domain errors keep their code and message, GraphQL's
 * own parse/validation errors pass through, anything else is logged and answered without details.
 * A client's mistake is logged at info without a stack; only the unexpected at error, with its stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const answer = clientAnswer(formatted, error, currentLanguage());
  if (answer) {
    logger.log(
      { code: answer.extensions?.code, path: formatted.path?.join('.'), fields: answer.extensions?.fields },
      answer.message,
    );
    return answer;
  }
  logger.error({ err: unwrapResolverError(error) }, 'Unhandled error in GraphQL operation');
  return {
    message: INTERNAL_ERROR[currentLanguage()],
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function clientAnswer(formatted: GraphQLFormattedError, error: unknown, lang: Language): GraphQLFormattedError | null {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    const { message, fields } = original.localised(lang);
    const retryAfterSeconds = original.details?.retryAfterSeconds;
    return {
      ...base,
      message,
      extensions: {
        code: original.code,
        ...(fields ? { fields } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      },
    };
  }
  const unique = localProblem(uniqueConflict(original), lang);
  if (unique) return { ...base, message: unique.message, extensions: { code: ErrorCode.CONFLICT, fields: [unique] } };
  const rejected = localProblem(rejectedValue(original), lang);
  if (rejected)
    return { ...base, message: rejected.message, extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [rejected] } };
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (formatted.extensions?.limit === true) return { ...base, extensions: { code: QUERY_TOO_COMPLEX } };
  // graphql-js stops coercing a variable after 50 bad values with an error that names no path; the others do.
  if (/^Too many errors processing variables/.test(formatted.message)) {
    const message = bilingual(
      '输入中的无效值过多（超过 50 个），已停止检查',
      'Too many invalid values in the input (over 50); checking stopped',
    );
    return { ...base, message: message[lang], extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message)) {
    const message = bilingual(
      `查询过长：最多 ${LIMITS.maxTokens} 个词法单元`,
      `Query too long: at most ${LIMITS.maxTokens} tokens`,
    );
    return { ...base, message: message[lang], extensions: { code: QUERY_TOO_COMPLEX } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return { ...base, extensions: { code } };
  return null;
}

/**
 * A unique constraint lost a race that the service's own check could not see (two writers at once): the
 * database refuses the second, and the client hears CONFLICT naming the field, not an internal error.
 */
export function uniqueConflict(error: unknown): LocalFieldProblem | null {
  const violation = uniqueViolation(error);
  if (!violation) return null;
  const field = camel(violation.columns.at(-1) ?? 'value');
  return {
    field,
    message: bilingual(
      `${fieldLabel(field)}已被其他记录使用（有人同时保存了它），请刷新后重试`,
      `${field} is already taken by another record (someone saved it at the same time); reload and retry`,
    ),
  };
}

/** A field problem in a person's language. */
export const localProblem = (problem: LocalFieldProblem | null, lang: Language) =>
  problem ? { field: problem.field, message: localise(problem.message, lang) } : null;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The database refused a value that validation let through: NOT NULL (23502) or a data exception (class 22: bad
 * encoding, out-of-range number or date). The client's value, not a server fault: BAD_USER_INPUT naming the column
 * when the database says it. A safety net; validation at the edge is meant to catch these first.
 */
export function rejectedValue(error: unknown): LocalFieldProblem | null {
  const driver =
    (error as { driverError?: { code?: string; column?: string } } | null)?.driverError ??
    (error as { code?: string; column?: string } | null);
  const sqlState = typeof driver?.code === 'string' ? driver.code : '';
  if (sqlState === '23502') {
    const field = camel(driver?.column ?? 'value');
    return { field, message: bilingual(`${fieldLabel(field)}不能为空`, `${field} must not be empty`) };
  }
  if (/^22[0-9A-Z]{3}$/.test(sqlState)) {
    const field = driver?.column ? camel(driver.column) : 'input';
    return {
      field,
      message: bilingual(
        `${fieldLabel(field)}含有数据库无法保存的值`,
        `${field} holds a value the database cannot store`,
      ),
    };
  }
  return null;
}

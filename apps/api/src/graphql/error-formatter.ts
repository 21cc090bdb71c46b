import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/core';
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
export const HTTP_CODES: Record<number, ErrorCode> = Object.fromEntries(Object.entries(HTTP_STATUS).map(([code, status]) => [status, code as ErrorCode]));

/**
 * The one place errors become what clients see: domain errors keep their code and message, GraphQL's
 * own parse/validation errors pass through, anything else is logged and answered without details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    const { fields, retryAfterSeconds } = original.details ?? {};
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(fields ? { fields } : {}), ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) },
    };
  }
  const unique = uniqueConflict(original);
  if (unique) return { ...base, message: unique.message, extensions: { code: ErrorCode.CONFLICT, fields: [unique] } };
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (formatted.extensions?.limit === true) return { ...base, extensions: { code: QUERY_TOO_COMPLEX } };
  if (code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message)) {
    return { ...base, message: `查询过长：最多 ${LIMITS.maxTokens} 个词法单元`, extensions: { code: QUERY_TOO_COMPLEX } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, extensions: { code } };
  }
  logger.error({ err: original }, 'Unhandled error in GraphQL operation');
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * A unique constraint lost a race that the service's own check could not see (two writers at once): the
 * database refuses the second, and the client hears CONFLICT naming the field, not an internal error.
 */
export function uniqueConflict(error: unknown): { field: string; message: string } | null {
  const violation = uniqueViolation(error);
  if (!violation) return null;
  const field = (violation.columns.at(-1) ?? 'value').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return { field, message: `${field} is already taken by another record (someone saved it at the same time); reload and retry` };
}

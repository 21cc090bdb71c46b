import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/core';
import { uniqueViolation } from '@app/database';

const logger = new Logger('GraphQL');

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

/**
 * The one place errors become what clients see: domain errors keep their code and message, GraphQL's
 * own parse/validation errors pass through, anything else is logged and answered without details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details?.fields ? { fields: original.details.fields } : {}) } };
  }
  const unique = uniqueConflict(original);
  if (unique) return { ...base, message: unique.message, extensions: { code: ErrorCode.CONFLICT, fields: [unique] } };
  if (original instanceof HttpException) {
    const code = HTTP_CODES[original.getStatus()];
    if (code) return { ...base, message: original.message, extensions: { code } };
  }
  const code = formatted.extensions?.code;
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
function uniqueConflict(error: unknown): { field: string; message: string } | null {
  const violation = uniqueViolation(error);
  if (!violation) return null;
  const field = (violation.columns.at(-1) ?? 'value').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return { field, message: `${field} is already taken by another record (someone saved it at the same time); reload and retry` };
}

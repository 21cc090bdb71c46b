import { HttpException } from '@nestjs/common';
import { DomainError, ErrorCode } from '@app/core';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429,
};

/** REST has no error formatter: a domain error becomes its HTTP status with `{ code, message }`; anything else stays a 500. */
export function toHttpError(error: unknown): unknown {
  if (error instanceof DomainError) {
    return new HttpException({ code: error.code, message: error.message, ...(error.details?.fields ? { fields: error.details.fields } : {}) }, STATUS[error.code]);
  }
  return error;
}

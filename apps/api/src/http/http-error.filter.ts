import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { currentLanguage, DomainError, ErrorCode, type FieldProblem, type Language } from '@app/core';
import {
  HTTP_CODES,
  HTTP_STATUS,
  INTERNAL_ERROR,
  localProblem,
  rejectedValue,
  uniqueConflict,
} from '../graphql/error-formatter';

export interface HttpErrorBody {
  code: string;
  message: string;
  fields?: FieldProblem[];
}

const OTHER_CODES: Record<number, string> = { 503: 'SERVICE_UNAVAILABLE' };

/**
 * What an error thrown by an HTTP route answers: the status and JSON body, from the same codes as GraphQL, with
 * messages in the request's language.
 */
export function httpError(
  error: unknown,
  lang: Language = currentLanguage(),
): { status: number; body: HttpErrorBody } | null {
  if (error instanceof DomainError) {
    return { status: HTTP_STATUS[error.code], body: { code: error.code, ...error.localised(lang) } };
  }
  const unique = localProblem(uniqueConflict(error), lang);
  if (unique) return { status: 409, body: { code: ErrorCode.CONFLICT, message: unique.message, fields: [unique] } };
  const rejected = localProblem(rejectedValue(error), lang);
  if (rejected)
    return { status: 400, body: { code: ErrorCode.BAD_USER_INPUT, message: rejected.message, fields: [rejected] } };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return {
      status,
      body: { code: HTTP_CODES[status] ?? OTHER_CODES[status] ?? `HTTP_${status}`, message: error.message },
    };
  }
  return null;
}

/**
 * The one error mapping for every HTTP route (GraphQL errors go through formatError). An error is always a JSON
 * body: a download's Content-Disposition, set before the handler ran, is taken back.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    let mapped = httpError(exception);
    if (mapped) {
      // A client's mistake: info, no stack.
      this.logger.log({ code: mapped.body.code, status: mapped.status }, mapped.body.message);
    } else {
      this.logger.error({ err: exception }, 'Unhandled error in HTTP route');
      mapped = { status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_ERROR[currentLanguage()] } };
    }
    if (res.headersSent) return;
    res.removeHeader('content-disposition');
    res.status(mapped.status).type('application/json; charset=utf-8').send(JSON.stringify(mapped.body));
  }
}

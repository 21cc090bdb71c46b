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
    readonly details?: { fields?: FieldProblem[] },
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

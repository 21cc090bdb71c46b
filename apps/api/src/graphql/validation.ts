import { ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, fieldProblems } from '@app/core';

/** Validates every input type at the edge and answers BAD_USER_INPUT with messages that name the field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const fields = fieldProblems(errors);
    return new DomainError(ErrorCode.BAD_USER_INPUT, fields.map((f) => f.message).join('; ') || 'Invalid input', { fields });
  },
});

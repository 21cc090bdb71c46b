import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, ErrorCode, FieldProblem } from '@app/core';

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      // class-validator names only the leaf property; give the full path for nested inputs.
      message: prefix && message.startsWith(e.property) ? `${prefix}.${message}` : message,
    }));
    return [...own, ...problems(e.children ?? [], field)];
  });
}

/** Validates every input type at the edge and answers BAD_USER_INPUT with messages that name the field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const fields = problems(errors);
    return new DomainError(ErrorCode.BAD_USER_INPUT, fields.map((f) => f.message).join('; ') || 'Invalid input', { fields });
  },
});

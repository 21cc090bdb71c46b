import { ValidationPipe } from '@nestjs/common';
import { bilingual, DomainError, ErrorCode, localFieldProblems, localise } from '@app/core';

/**
 * Validates every input type at the edge and answers BAD_USER_INPUT with messages that name the field, in Chinese
 * and English (the error edge picks the request's language).
 */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  validationError: { target: true, value: false },
  exceptionFactory: (errors) => {
    const fields = localFieldProblems(errors);
    const message = fields.length
      ? bilingual(
          fields.map((f) => localise(f.message, 'zh-CN')).join('；'),
          fields.map((f) => localise(f.message, 'en')).join('; '),
        )
      : bilingual('输入无效', 'Invalid input');
    return new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields });
  },
});

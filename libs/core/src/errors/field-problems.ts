import type { ValidationError } from 'class-validator';
import type { FieldProblem } from './domain-error';

/**
 * class-validator's error tree as flat field problems with full paths (`ip.0.number`). class-validator names only
 * the leaf property in its messages, so nested messages get the path prefixed.
 */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: prefix && message.startsWith(e.property) ? `${prefix}.${message}` : message,
    }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

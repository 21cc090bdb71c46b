import { registerDecorator, ValidationOptions } from 'class-validator';

/** Whitespace as people type it: ASCII and Unicode spaces (\s covers the ideographic space U+3000) plus zero-width ones. */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/** True for a string with nothing a person could read: empty, spaces, tabs, line breaks, zero-width characters. */
export function isBlank(value: unknown): boolean {
  return typeof value === 'string' && BLANK.test(value);
}

/**
 * Required text: like IsNotEmpty, but whitespace alone does not count. Use it on every text a person must write
 * (titles, descriptions, names, messages); with `{ each: true }` on lists of texts.
 */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: options?.each ? 'each value in $property must not be blank' : '$property must not be blank',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && !isBlank(value) },
    });
}

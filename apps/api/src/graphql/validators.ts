import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';

/** A real calendar day in YYYY-MM-DD form: the pattern alone would let 2099-02-31 reach the database. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a real date in YYYY-MM-DD form', ...options },
      validator: { validate: isCalendarDate },
    });
}

/**
 * For update inputs: the field may be left out (the stored value stays), but an explicit null would clear a required
 * column, so it is refused with the field named. Use instead of @IsOptional() where the column is NOT NULL.
 */
export function IsOptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    ValidateIf((_: unknown, value: unknown) => value !== undefined)(target, propertyName);
    registerDecorator({
      name: 'isNotNull',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property 不能为 null：省略该字段即保留原值', ...options },
      validator: { validate: (value: unknown) => value !== null },
    });
  };
}

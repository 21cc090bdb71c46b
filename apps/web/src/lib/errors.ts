import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';

export interface FieldError {
  /** Form path, e.g. ['ip', 0, 'number'] */
  name: (string | number)[];
  errors: string[];
}

export interface ReadableError {
  code: string;
  message: string;
  fields: FieldError[];
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; fields?: unknown } | Record<string, unknown>;
}

const KNOWN = ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS'];

function toPath(field: string): (string | number)[] {
  return field
    .replace(/^input\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The one place an API error becomes what a person reads: the code becomes a plain sentence from the
 * catalogue, and BAD_USER_INPUT's fields land on the form fields they name (with the server's message,
 * which the server already writes in the person's language).
 */
export function readableError(error: unknown, t: TFunction): ReadableError {
  const list: GraphQLErrorLike[] = CombinedGraphQLErrors.is(error) ? [...error.errors] : [];
  if (list.length === 0) {
    const network = error instanceof Error && /fetch|network/i.test(error.message);
    return {
      code: network ? 'NETWORK' : 'INTERNAL',
      message: t(network ? 'errors.NETWORK' : 'errors.INTERNAL'),
      fields: [],
    };
  }
  const first = list[0];
  const rawCode = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL';
  const code = KNOWN.includes(rawCode) ? rawCode : 'INTERNAL';
  const fields: FieldError[] = [];
  for (const e of list) {
    const problems = Array.isArray(e.extensions?.fields)
      ? (e.extensions.fields as { field?: unknown; message?: unknown }[])
      : [];
    for (const p of problems) {
      if (typeof p.field !== 'string') continue;
      fields.push({
        name: toPath(p.field),
        errors: [typeof p.message === 'string' ? p.message : t('errors.BAD_USER_INPUT')],
      });
    }
  }
  const detail = code === 'INTERNAL' ? '' : first.message;
  const message = detail ? t('errors.withDetail', { base: t(`errors.${code}`), detail }) : t(`errors.${code}`);
  return { code, message, fields };
}

/** Puts the server's field errors on a form (its field names come from the API, hence the cast). */
export function setFieldErrors<T>(form: FormInstance<T>, fields: FieldError[]): void {
  form.setFields(fields as unknown as Parameters<FormInstance<T>['setFields']>[0]);
}

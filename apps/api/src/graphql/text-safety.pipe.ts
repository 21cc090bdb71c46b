import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badInput, bilingual, fieldLabel, type LocalText } from '@app/core';

/** U+0000 (PostgreSQL refuses it in text) and UTF-16 halves without their partner (not Unicode; JSONB refuses them). */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path and message of the first unstorable text in a value, or null. */
export function unstorableText(
  value: unknown,
  path: string,
  seen = new Set<unknown>(),
): { field: string; message: LocalText } | null {
  if (typeof value === 'string') {
    if (!UNSTORABLE.test(value)) return null;
    const message = value.includes('\u0000')
      ? bilingual(`${fieldLabel(path)}不能包含空字符 (U+0000)`, `${path} must not contain a NUL character (U+0000)`)
      : bilingual(
          `${fieldLabel(path)}含有无效的 Unicode 字符（不成对的代理项）`,
          `${path} contains invalid Unicode (an unpaired surrogate)`,
        );
    return { field: path, message };
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(item, path ? `${path}.${key}` : key, seen);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses, for every argument of every resolver and route, text that cannot be stored: BAD_USER_INPUT naming the
 * field instead of a database error. Runs before validation (validators throw on lone surrogates). Fields of an
 * input object are named as the validation pipe names them (`title`, `ip.0.number`); plain arguments by name.
 */
@Injectable()
export class TextSafetyPipe implements PipeTransform {
  transform(value: unknown, meta: ArgumentMetadata): unknown {
    // Only what the client sent as arguments (GraphQL @Args, HTTP body/query/params); never the request context.
    if (meta.type === 'custom') return value;
    const objectArg = value !== null && typeof value === 'object' && !Array.isArray(value);
    const found = unstorableText(value, objectArg ? '' : (meta.data ?? 'value'));
    if (found) throw badInput(found.field, found.message);
    return value;
  }
}

import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { readableError } from '../../../lib/errors';

/**
 * Why the server refused a move or a placement, as a plain sentence. The server checks every move (the same rules
 * as the scheduler, and unique constraints against double booking) and words its refusal in the language the app
 * asked for (Accept-Language), so a refusal (CONFLICT, BAD_USER_INPUT) is shown as the server says it; anything
 * else gets the general error text.
 */
export function moveErrorText(error: unknown, t: TFunction): string {
  const readable = readableError(error, t);
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  if ((readable.code === 'CONFLICT' || readable.code === 'BAD_USER_INPUT') && first?.message) return first.message;
  return readable.message;
}

import { bilingual, unauthenticated } from '@app/core';

/**
 * The token of an `Authorization: Bearer <token>` header: the one parser for GraphQL and the HTTP routes.
 * Throws UNAUTHENTICATED when the header is missing or malformed.
 */
export function bearerToken(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw unauthenticated();
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match)
    throw unauthenticated(
      bilingual('Authorization 请求头须为“Bearer <令牌>”', 'Authorization must be "Bearer <token>"'),
    );
  return match[1];
}

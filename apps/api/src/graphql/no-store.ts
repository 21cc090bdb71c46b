import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * `Cache-Control: no-store` on every GraphQL answer, without Apollo's cache-control plugin. That plugin, on by
 * default, hooks every resolved field to work out a cache policy from @cacheControl hints, yet the schema has none
 * (every answer is per caller): its answer was always `no-store`, which this sets directly.
 */
export function noStorePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      requestDidStart: async () => ({
        willSendResponse: async ({ response }) => {
          response.http.headers.set('cache-control', 'no-store');
        },
      }),
    },
  ];
}

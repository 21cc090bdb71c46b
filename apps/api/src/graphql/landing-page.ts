import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

/**
 * No CDN-hosted Sandbox: in development a browser opening /graphql is sent to the bundled, offline
 * GraphiQL at /graphiql; production has no IDE at all.
 */
export function landingPage(production: boolean): ApolloServerPlugin {
  if (production) return ApolloServerPluginLandingPageDisabled();
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return {
            html: '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/graphiql"><title>GraphiQL</title></head><body><a href="/graphiql">GraphiQL</a></body></html>',
          };
        },
      };
    },
  };
}

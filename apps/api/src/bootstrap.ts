import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type helmet from 'helmet';
import { resolve } from 'node:path';
import { Logger, PinoLogger } from 'nestjs-pino';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppConfig } from '@app/core';
import { AppModule, type AppOverrides } from './app.module';
import { TextSafetyPipe } from './graphql/text-safety.pipe';
import { validationPipe } from './graphql/validation';
import { requestLanguage } from './http/request-language';
import { helmetHeaders, securityHeaders } from './http/security-headers';
import { type FastPathOptions, graphqlFastPath } from './http/graphql-fast-path';
import { ContextFactory } from './graphql/context';
import { directRequestLine, logInRequest } from './logging';
import { webAppMiddleware } from './web/web-app';

/**
 * Security headers for the API and the single-page app served later from the same origin: scripts and styles from
 * the origin only (no inline script, no eval); inline styles are allowed because Ant Design injects its styles.
 * No upgrade-insecure-requests: an intranet deployment may serve plain HTTP.
 */
const HELMET: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
};

/** Builds the whole application; main.ts and the end-to-end tests share it. */
export async function createApp(
  config: AppConfig,
  overrides: AppOverrides & { webDir?: string } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, overrides), {
    bufferLogs: true,
    abortOnError: false,
  });
  // First: every later step of the request, the error edge included, reads the language from here.
  app.use(requestLanguage);
  // The web app (npm run build:web) at / beside /graphql, when it was built.
  const web = webAppMiddleware({
    dir: overrides.webDir ?? resolve('dist/web'),
    graphiql: config.nodeEnv !== 'production',
  });
  if (web) app.use(web);
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Helmet's headers on every response (the same each time: worked out once, not per response).
  app.use(securityHeaders(HELMET));
  app.useGlobalPipes(new TextSafetyPipe(), validationPipe);
  app.enableShutdownHooks();
  await app.init();
  serveGraphqlDirectly(app, config);
  return app;
}

/**
 * Puts the GraphQL fast path (see graphql-fast-path.ts) in front of express on the HTTP server: `POST /graphql` with
 * a JSON body is answered by Apollo directly; every other request reaches express as before.
 */
function serveGraphqlDirectly(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpServer() as Server;
  const [express] = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  if (!express) return;
  const contexts = app.get(ContextFactory, { strict: false });
  const fast = graphqlFastPath({
    path: '/graphql',
    // Apollo's CJS and ESM typings disagree about the class (Nest loads the ESM build); the object is the same.
    server: app.get<GraphQLModule<ApolloDriver>>(GraphQLModule).graphQlAdapter
      .instance as unknown as FastPathOptions['server'],
    context: (req) => contexts.create(req),
    headers: helmetHeaders(HELMET),
    log: {
      ...directRequestLine(config, () => PinoLogger.root),
      scope: logInRequest,
    },
  });
  server.removeListener('request', express);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!fast(req, res)) express(req, res);
  });
}

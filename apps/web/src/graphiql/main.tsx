import 'graphiql/setup-workers/vite';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { currentAccessToken, refresh } from '../lib/session';

// The offline GraphQL IDE for development (the api serves this page only outside production). It reuses the
// app's session cookie: sign in to the app once, and requests carry the bearer token.
const base = createGraphiQLFetcher({ url: '/graphql' });
const fetcher: typeof base = async (params, options) => {
  const token = await currentAccessToken();
  return base(params, {
    ...options,
    headers: { ...(options?.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
};

void refresh().finally(() => {
  createRoot(document.getElementById('graphiql') as HTMLElement).render(
    <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility />,
  );
});

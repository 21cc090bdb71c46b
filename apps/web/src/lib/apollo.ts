import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from as fromPromise, mergeMap } from 'rxjs';
import { currentAccessToken, getSession, refresh } from './session';
import { i18n } from './i18n';

const auth = new SetContextLink(async (prev) => {
  const token = await currentAccessToken();
  return {
    headers: {
      ...(prev.headers as Record<string, string> | undefined),
      'accept-language': i18n.language,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

/** An expired or revoked access token: refresh once and retry; a second refusal signs out. */
const retryOnce = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
  if (operation.getContext().retried || getSession().status !== 'signedIn') return;
  operation.setContext({ retried: true });
  return fromPromise(refresh()).pipe(
    mergeMap((ok) => (ok ? forward(operation) : fromPromise(Promise.resolve({ errors: error.errors })))),
  );
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([retryOnce, auth, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});

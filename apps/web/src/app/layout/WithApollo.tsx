import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { apolloClient } from '../../lib/apollo';

/**
 * GraphQL for every page but sign-in: Apollo Client (with rxjs and graphql-js) loads with the first page that
 * needs it, so the sign-in page (plain fetch to /auth/login) does not download it.
 */
export function WithApollo() {
  return (
    <ApolloProvider client={apolloClient}>
      <Outlet />
    </ApolloProvider>
  );
}

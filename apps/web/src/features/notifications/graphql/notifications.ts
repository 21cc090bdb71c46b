import { graphql } from '../../../gql';

export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      id
      kind
      message
      read
      createdAt
      matchRequestId
      link
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

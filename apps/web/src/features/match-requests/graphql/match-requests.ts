import { graphql } from '../../../gql';

export const MATCH_REQUEST_FIELDS = graphql(`
  fragment MatchRequestFields on MatchRequest {
    id
    direction
    side
    status
    message
    createdAt
    answeredAt
    expiresAt
    declineReason
    declineNote
    closeReason
    contractAmountWan
    contractNumber
    enterpriseLabel
    version
    achievement {
      id
      title
      organization {
        id
        name
      }
    }
    need {
      id
      title
      teaser
    }
    university {
      id
      name
    }
    contacts {
      achievementContact
      needContact
      requester {
        name
        email
      }
      responder {
        name
        email
      }
    }
  }
`);

export const MATCH_REQUESTS = graphql(`
  query MatchRequests($first: Int!, $after: String, $filter: MatchRequestFilterInput) {
    matchRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...MatchRequestFields
        }
      }
    }
  }
`);

export const MATCH_REQUEST = graphql(`
  query MatchRequest($id: ID!) {
    matchRequest(id: $id) {
      ...MatchRequestFields
    }
  }
`);

export const REQUEST_MATCH = graphql(`
  mutation RequestMatch($input: RequestMatchInput!) {
    requestMatch(input: $input) {
      ...MatchRequestFields
    }
  }
`);

export const PROPOSE_MATCH = graphql(`
  mutation ProposeMatch($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      ...MatchRequestFields
    }
  }
`);

export const ACCEPT_MATCH_REQUEST = graphql(`
  mutation AcceptMatchRequest($input: VersionedRefInput!) {
    acceptMatchRequest(input: $input) {
      ...MatchRequestFields
    }
  }
`);

export const DECLINE_MATCH_REQUEST = graphql(`
  mutation DeclineMatchRequest($input: DeclineMatchRequestInput!) {
    declineMatchRequest(input: $input) {
      ...MatchRequestFields
    }
  }
`);

export const WITHDRAW_MATCH_REQUEST = graphql(`
  mutation WithdrawMatchRequest($input: VersionedRefInput!) {
    withdrawMatchRequest(input: $input) {
      ...MatchRequestFields
    }
  }
`);

export const ADVANCE_MATCH_REQUEST = graphql(`
  mutation AdvanceMatchRequest($input: AdvanceMatchRequestInput!) {
    advanceMatchRequest(input: $input) {
      ...MatchRequestFields
    }
  }
`);

export const CLOSE_MATCH_REQUEST = graphql(`
  mutation CloseMatchRequest($input: CloseMatchRequestInput!) {
    closeMatchRequest(input: $input) {
      ...MatchRequestFields
    }
  }
`);

export const MY_OPEN_NEEDS = graphql(`
  query MyOpenNeeds($orgId: ID!) {
    needs(first: 100, filter: { orgIds: [$orgId], statuses: [OPEN] }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const MY_PUBLISHED_ACHIEVEMENTS = graphql(`
  query MyPublishedAchievements($orgId: ID!) {
    achievements(first: 100, filter: { orgIds: [$orgId], statuses: [PUBLISHED] }) {
      edges {
        node {
          id
          title
          listed
        }
      }
    }
  }
`);

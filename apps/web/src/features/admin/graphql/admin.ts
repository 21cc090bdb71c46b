import { graphql } from '../../../gql';

export const ORGANIZATIONS = graphql(`
  query Organizations($kind: OrganizationKind) {
    organizations(kind: $kind) {
      id
      name
      kind
      region
      creditCode
      version
    }
  }
`);

export const ORGANIZATION_USERS = graphql(`
  query OrganizationUsers($orgId: ID!) {
    organization(id: $orgId) {
      id
      name
      kind
      region
    }
    users(orgId: $orgId) {
      id
      email
      displayName
      role
      active
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      kind
      region
      version
    }
  }
`);

export const INVITE_USER = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitationToken
      user {
        id
        email
        displayName
        role
        active
      }
    }
  }
`);

export const SEARCH_INDEX_STATUS = graphql(`
  query SearchIndexStatus {
    searchIndexStatus {
      engine
      healthy
      documents
      pending
      deadLetters
      detail
    }
    searchDeadLetters {
      entityType
      entityId
      attempts
      failedAt
      lastError
    }
  }
`);

export const REQUEUE_DEAD_LETTERS = graphql(`
  mutation RequeueSearchDeadLetters {
    requeueSearchDeadLetters
  }
`);

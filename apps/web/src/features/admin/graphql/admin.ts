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

export const MAIL_DELIVERIES = graphql(`
  query MailDeliveries($status: MailDeliveryStatus, $first: Int) {
    mailDeliveries(status: $status, first: $first) {
      id
      kind
      to
      subject
      status
      attempts
      createdAt
      finishedAt
      smtpResponse
      lastError
    }
  }
`);

import { graphql } from '../../../gql';

export const NEED_FIELDS = graphql(`
  fragment NeedFields on Need {
    id
    key
    title
    description
    industry
    keywords
    cooperationModes
    minTrl
    budgetWan
    deadline
    confidential
    contact
    status
    teaser
    ownerLabel
    updatedAt
    version
    organization {
      id
      name
      region
    }
  }
`);

export const NEEDS = graphql(`
  query Needs($first: Int!, $after: String, $filter: NeedFilterInput) {
    needs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...NeedFields
        }
      }
    }
  }
`);

export const NEED = graphql(`
  query Need($id: ID!) {
    need(id: $id) {
      ...NeedFields
    }
  }
`);

export const CREATE_NEED = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const UPDATE_NEED = graphql(`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const OPEN_NEED = graphql(`
  mutation OpenNeed($input: VersionedRefInput!) {
    openNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const CLOSE_NEED = graphql(`
  mutation CloseNeed($input: VersionedRefInput!) {
    closeNeed(input: $input) {
      ...NeedFields
    }
  }
`);

export const RENEW_NEED = graphql(`
  mutation RenewNeed($input: RenewNeedInput!) {
    renewNeed(input: $input) {
      ...NeedFields
    }
  }
`);

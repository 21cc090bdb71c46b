import { graphql } from '../../../gql';

export const SEARCH = graphql(`
  query Search($input: SearchInput!) {
    search(input: $input) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        name
        values {
          value
          count
        }
      }
      hits {
        key
        kind
        score
        titleHighlight
        summaryHighlight
        achievement {
          id
          title
          industry
          trl
          askingPriceWan
          cooperationModes
          organization {
            id
            name
          }
        }
        need {
          id
          title
          industry
          minTrl
          budgetWan
          ownerLabel
          teaser
        }
      }
    }
  }
`);

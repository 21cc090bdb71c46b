import { graphql } from '../../../gql';

export const MATCH_DASHBOARD = graphql(`
  query MatchDashboard($from: String!, $to: String!) {
    matchDashboard(from: $from, to: $to) {
      from
      to
      total
      acceptanceRate
      medianHoursToAnswer
      signedAmountWan
      countsByStatus {
        status
        count
      }
      byIndustry {
        key
        label
        total
        acceptanceRate
        signedAmountWan
      }
      byUniversity {
        key
        label
        total
        acceptanceRate
        signedAmountWan
      }
      byEnterprise {
        key
        label
        total
        acceptanceRate
        signedAmountWan
      }
    }
  }
`);

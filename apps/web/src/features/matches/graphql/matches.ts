import { graphql } from '../../../gql';

export const MATCHES_FOR_NEED = graphql(`
  query MatchesForNeed($needId: ID!, $first: Int!) {
    matchesForNeed(needId: $needId, first: $first) {
      score
      reasons {
        factor
        contribution
        message
      }
      achievement {
        id
        title
        industry
        trl
        askingPriceWan
        organization {
          id
          name
        }
      }
      need {
        id
        title
      }
    }
  }
`);

export const MATCHES_FOR_ACHIEVEMENT = graphql(`
  query MatchesForAchievement($achievementId: ID!, $first: Int!) {
    matchesForAchievement(achievementId: $achievementId, first: $first) {
      score
      reasons {
        factor
        contribution
        message
      }
      achievement {
        id
        title
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
`);

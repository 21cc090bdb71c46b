import { graphql } from '../../../gql';

export const ACHIEVEMENT_FIELDS = graphql(`
  fragment AchievementFields on Achievement {
    id
    key
    title
    summary
    industry
    trl
    keywords
    cooperationModes
    askingPriceWan
    team
    contact
    ip {
      type
      number
    }
    status
    listed
    publishedAt
    validUntil
    updatedAt
    version
    organization {
      id
      name
      region
    }
  }
`);

export const ACHIEVEMENTS = graphql(`
  query Achievements($first: Int!, $after: String, $filter: AchievementFilterInput) {
    achievements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...AchievementFields
        }
      }
    }
  }
`);

export const ACHIEVEMENT = graphql(`
  query Achievement($id: ID!) {
    achievement(id: $id) {
      ...AchievementFields
    }
  }
`);

export const CREATE_ACHIEVEMENT = graphql(`
  mutation CreateAchievement($input: CreateAchievementInput!) {
    createAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

export const UPDATE_ACHIEVEMENT = graphql(`
  mutation UpdateAchievement($input: UpdateAchievementInput!) {
    updateAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

export const PUBLISH_ACHIEVEMENT = graphql(`
  mutation PublishAchievement($input: VersionedRefInput!) {
    publishAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

export const ARCHIVE_ACHIEVEMENT = graphql(`
  mutation ArchiveAchievement($input: VersionedRefInput!) {
    archiveAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

export const RENEW_ACHIEVEMENT = graphql(`
  mutation RenewAchievement($input: RenewAchievementInput!) {
    renewAchievement(input: $input) {
      ...AchievementFields
    }
  }
`);

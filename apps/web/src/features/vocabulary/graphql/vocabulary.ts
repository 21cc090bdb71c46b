import { graphql } from '../../../gql';

export const VOCABULARY_GROUPS = graphql(`
  query VocabularyGroups($filter: VocabularyFilterInput, $offset: Int, $first: Int) {
    vocabularyGroups(filter: $filter, offset: $offset, first: $first) {
      total
      items {
        id
        terms
        kind
        industry
        source
        origin
        oneWayFrom
        enabled
        version
      }
    }
  }
`);

export const ADD_VOCABULARY_GROUP = graphql(`
  mutation AddVocabularyGroup($input: VocabularyGroupInput!) {
    addVocabularyGroup(input: $input) {
      id
      terms
      version
    }
  }
`);

export const UPDATE_VOCABULARY_GROUP = graphql(`
  mutation UpdateVocabularyGroup($id: ID!, $version: Int!, $input: VocabularyGroupInput!) {
    updateVocabularyGroup(id: $id, version: $version, input: $input) {
      id
      terms
      version
    }
  }
`);

export const REMOVE_VOCABULARY_GROUP = graphql(`
  mutation RemoveVocabularyGroup($id: ID!) {
    removeVocabularyGroup(id: $id)
  }
`);

export const SET_SHIPPED_VOCABULARY_GROUP_ENABLED = graphql(`
  mutation SetShippedVocabularyGroupEnabled($id: ID!, $enabled: Boolean!) {
    setShippedVocabularyGroupEnabled(id: $id, enabled: $enabled) {
      id
      enabled
    }
  }
`);

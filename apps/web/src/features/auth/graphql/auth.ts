import { graphql } from '../../../gql';

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      email
      displayName
    }
  }
`);

export const SET_MY_NAME = graphql(`
  mutation SetMyName($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      displayName
    }
  }
`);

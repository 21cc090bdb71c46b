import { graphql } from '../../../gql';

export const MEMBERS = graphql(`
  query Members($orgId: ID!) {
    organization(id: $orgId) {
      id
      name
      kind
    }
    users(orgId: $orgId) {
      id
      email
      displayName
      role
      orgAdmin
      active
      deactivatedAt
    }
    invitations(orgId: $orgId) {
      expired
      expiresAt
      user {
        id
        email
        displayName
        role
      }
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitationToken
      user {
        id
      }
    }
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      invitationToken
    }
  }
`);

export const REISSUE_INVITATION = graphql(`
  mutation ReissueInvitation($userId: ID!) {
    reissueInvitation(userId: $userId) {
      invitationToken
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($userId: ID!) {
    revokeInvitation(userId: $userId)
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      active
      deactivatedAt
    }
  }
`);

export const REACTIVATE_USER = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      active
      deactivatedAt
    }
  }
`);

export const UPDATE_USER_ACCESS = graphql(`
  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {
    updateUserAccess(input: $input) {
      id
      role
      orgAdmin
    }
  }
`);

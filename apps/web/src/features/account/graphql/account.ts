import { graphql } from '../../../gql';

export const MY_PROFILE = graphql(`
  query MyProfile {
    me {
      id
      email
      displayName
      locale
      role
      orgAdmin
      version
    }
    myMailPreferences {
      kind
      mode
    }
  }
`);

export const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      displayName
      locale
      version
    }
  }
`);

export const SET_MAIL_PREFERENCE = graphql(`
  mutation SetMailPreference($input: SetMailPreferenceInput!) {
    setMailPreference(input: $input) {
      kind
      mode
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

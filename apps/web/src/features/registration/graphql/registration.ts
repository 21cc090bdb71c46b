import { graphql } from '../../../gql';

export const REGISTER_ENTERPRISE = graphql(`
  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {
    registerEnterprise(input: $input) {
      id
      status
    }
  }
`);

export const REGISTRATION_APPLICATIONS = graphql(`
  query RegistrationApplications($status: RegistrationStatus) {
    registrationApplications(status: $status) {
      id
      orgName
      creditCode
      region
      contactName
      contactEmail
      contactPhone
      status
      reason
      createdAt
      decidedAt
      version
    }
  }
`);

export const APPROVE_REGISTRATION = graphql(`
  mutation ApproveRegistration($input: DecideRegistrationInput!) {
    approveRegistration(input: $input) {
      id
      status
      version
    }
  }
`);

export const REJECT_REGISTRATION = graphql(`
  mutation RejectRegistration($input: RejectRegistrationInput!) {
    rejectRegistration(input: $input) {
      id
      status
      reason
      version
    }
  }
`);

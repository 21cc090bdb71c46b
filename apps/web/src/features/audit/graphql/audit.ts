import { graphql } from '../../../gql';

export const LISTING_AUDIT_TRAIL = graphql(`
  query ListingAuditTrail($kind: ListingKind!, $id: ID!, $first: Int) {
    listingAuditTrail(kind: $kind, id: $id, first: $first) {
      id
      at
      action
      actorName
      changes {
        field
        from
        to
      }
    }
  }
`);

import type { OrganizationKind, Role } from '../../../gql/graphql';

/** The roles a person of this kind of organisation can hold (the server refuses others). */
export function rolesFor(kind: OrganizationKind): Role[] {
  if (kind === 'ALLIANCE') return ['COORDINATOR', 'ADMIN'];
  if (kind === 'UNIVERSITY') return ['OFFICER'];
  return ['RD_LEAD'];
}

import { OrganizationKind, Role } from '@app/core';

/** Which organisation kind each role belongs to. */
export const ROLE_ORG_KIND: Record<Role, OrganizationKind> = {
  OFFICER: OrganizationKind.UNIVERSITY,
  RD_LEAD: OrganizationKind.ENTERPRISE,
  COORDINATOR: OrganizationKind.ALLIANCE,
  ADMIN: OrganizationKind.ALLIANCE,
};

/** Organisation admins exist for universities and enterprises; the alliance has coordinators and administrators. */
export const orgAdminAllowed = (kind: OrganizationKind): boolean => kind !== OrganizationKind.ALLIANCE;

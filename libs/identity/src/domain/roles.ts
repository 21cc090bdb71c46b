import { badInput, bilingual, OrganizationKind, orgKindLabel, Role, roleLabel } from '@app/core';

/** Which organisation kind each role belongs to. */
export const ROLE_ORG_KIND: Record<Role, OrganizationKind> = {
  OFFICER: OrganizationKind.UNIVERSITY,
  RD_LEAD: OrganizationKind.ENTERPRISE,
  COORDINATOR: OrganizationKind.ALLIANCE,
  ADMIN: OrganizationKind.ALLIANCE,
};

/** Organisation admins exist for universities and enterprises; the alliance has coordinators and administrators. */
export const orgAdminAllowed = (kind: OrganizationKind): boolean => kind !== OrganizationKind.ALLIANCE;

/** The answer when a role does not fit the organisation's kind (an officer of an enterprise). */
export const roleNotForOrg = (role: Role, kind: OrganizationKind) =>
  badInput(
    'role',
    bilingual(
      `${orgKindLabel(kind)}不能设置${roleLabel(role)}角色`,
      `role ${role} cannot belong to a ${kind} organization`,
    ),
  );

/** The answer when an organisation admin is asked for the alliance. */
export const orgAdminNotAllowed = () =>
  badInput(
    'orgAdmin',
    bilingual(
      '只有高校院所和企业设有机构管理员；联盟由协调员管理',
      'orgAdmin is for universities and enterprises; the alliance has coordinators',
    ),
  );

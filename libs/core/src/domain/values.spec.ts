import { canManagePeopleOf, isValidUscc, Role } from './values';

describe('isValidUscc', () => {
  it.each([
    ['91330400MA2B0X0X0X', false], // wrong check character
    ['91110000600037341L', true], // a well-known published code
    ['91330000142916567N', true],
    ['9133040014291656', false], // too short
    ['91330000142916567I', false], // I is not in the alphabet
  ])('%s -> %s', (code, valid) => {
    expect(isValidUscc(code)).toBe(valid);
  });
});

describe('canManagePeopleOf', () => {
  const org = 'org-1';
  it.each([
    ['coordinator, any organisation', { userId: 'u', orgId: 'alliance', role: Role.COORDINATOR }, true],
    ['admin, any organisation', { userId: 'u', orgId: 'alliance', role: Role.ADMIN }, true],
    ['organisation admin, own organisation', { userId: 'u', orgId: org, role: Role.RD_LEAD, orgAdmin: true }, true],
    [
      'organisation admin, another organisation',
      { userId: 'u', orgId: 'org-2', role: Role.RD_LEAD, orgAdmin: true },
      false,
    ],
    ['member without the flag, own organisation', { userId: 'u', orgId: org, role: Role.OFFICER }, false],
  ])('%s -> %s', (_, actor, expected) => {
    expect(canManagePeopleOf(actor, org)).toBe(expected);
  });
});

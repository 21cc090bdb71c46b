import { describe, expect, it } from 'vitest';
import { rolesFor } from './roles';

describe('rolesFor', () => {
  it.each([
    ['UNIVERSITY', ['OFFICER']],
    ['ENTERPRISE', ['RD_LEAD']],
    ['ALLIANCE', ['COORDINATOR', 'ADMIN']],
  ] as const)('%s', (kind, roles) => {
    expect(rolesFor(kind)).toEqual(roles);
  });
});

import { describe, expect, it } from 'vitest';
import { menuFor } from './menu';

describe('menuFor', () => {
  it('adds the members page for organisation admins of universities and enterprises', () => {
    expect(menuFor('OFFICER', true).map((e) => e.path)).toContain('/members');
    expect(menuFor('RD_LEAD', true).map((e) => e.path)).toContain('/members');
    expect(menuFor('OFFICER', false).map((e) => e.path)).not.toContain('/members');
  });

  it('gives coordinators the registration queue and the mail log', () => {
    const paths = menuFor('COORDINATOR').map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/admin/registrations', '/admin/mail']));
    expect(paths).not.toContain('/members');
  });

  it('gives coordinators and administrators the vocabulary page, and nobody else', () => {
    for (const role of ['COORDINATOR', 'ADMIN'] as const)
      expect(menuFor(role).map((e) => e.path)).toContain('/admin/vocabulary');
    for (const role of ['OFFICER', 'RD_LEAD'] as const)
      expect(menuFor(role, true).map((e) => e.path)).not.toContain('/admin/vocabulary');
  });
});

describe('administration entries', () => {
  it('marks the coordinators’ administration pages, and only those, for the 管理 group', () => {
    const admin = menuFor('COORDINATOR')
      .filter((e) => e.admin)
      .map((e) => e.path);
    expect(admin).toEqual([
      '/admin/organizations',
      '/admin/search-index',
      '/admin/vocabulary',
      '/admin/registrations',
      '/admin/mail',
    ]);
    expect(menuFor('OFFICER', true).some((e) => e.admin)).toBe(false);
  });
});

import type { Role } from '../../lib/session';

export interface MenuEntry {
  path: string;
  label: string;
  /** Administration pages sit together under one "管理" entry, so a coordinator's bar fits a laptop screen. */
  admin?: boolean;
}

const COORDINATION: MenuEntry[] = [
  { path: '/achievements', label: 'menu.achievements' },
  { path: '/needs', label: 'menu.needs' },
  { path: '/search', label: 'menu.search' },
  { path: '/match-requests', label: 'menu.matchRequests' },
  { path: '/admin/organizations', label: 'menu.organizations', admin: true },
  { path: '/admin/search-index', label: 'menu.searchIndex', admin: true },
  { path: '/admin/vocabulary', label: 'vocabulary.menu', admin: true },
  { path: '/admin/dashboard', label: 'menu.dashboard' },
  { path: '/admin/registrations', label: 'registration.menu', admin: true },
  { path: '/admin/mail', label: 'mailLog.menu', admin: true },
];

/** The side menu by role (the server still decides what each person may do). */
export function menuFor(role: Role | undefined, orgAdmin = false): MenuEntry[] {
  const entries = withEvents(role, menuByRole(role));
  return orgAdmin && (role === 'OFFICER' || role === 'RD_LEAD')
    ? [...entries, { path: '/members', label: 'members.menu' }]
    : entries;
}

/** Matchmaking events (红色产学研对接会): every signed-in role but guests of the search page. */
function withEvents(role: Role | undefined, menu: MenuEntry[]): MenuEntry[] {
  return role ? [...menu, { path: '/events', label: 'events.menu.events' }] : menu;
}

function menuByRole(role: Role | undefined): MenuEntry[] {
  switch (role) {
    case 'OFFICER':
      return [
        { path: '/achievements', label: 'menu.myAchievements' },
        { path: '/search', label: 'menu.search' },
        { path: '/match-requests', label: 'menu.matchRequests' },
      ];
    case 'RD_LEAD':
      return [
        { path: '/needs', label: 'menu.myNeeds' },
        { path: '/search', label: 'menu.search' },
        { path: '/match-requests', label: 'menu.matchRequests' },
      ];
    case 'ADMIN':
    case 'COORDINATOR':
      return COORDINATION;
    default:
      return [{ path: '/search', label: 'menu.search' }];
  }
}

export function homeFor(role: Role | undefined): string {
  if (role === 'OFFICER') return '/achievements';
  if (role === 'RD_LEAD') return '/needs';
  if (role === 'ADMIN' || role === 'COORDINATOR') return '/admin/dashboard';
  return '/search';
}

import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from './layout/RequireAuth';
import { RouteError } from './layout/RouteError';
import { loadEventStrings } from '../lib/i18n';

// Each page is its own chunk: the sign-in page loads only what it needs.
const page = (load: () => Promise<{ default: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

/** An event page: its strings load with it. */
const eventPage = (load: () => Promise<{ default: React.ComponentType }>) =>
  page(async () => (await Promise.all([load(), loadEventStrings()]))[0]);

export const routes: RouteObject[] = [
  { path: '/login', ...page(() => import('../features/auth/components/LoginPage')), errorElement: <RouteError /> },
  {
    // Every other page speaks GraphQL: Apollo Client loads with the first of them, never on the sign-in page.
    lazy: async () => ({ Component: (await import('./layout/WithApollo')).WithApollo }),
    errorElement: <RouteError />,
    children: [
      { path: '/invite', ...page(() => import('../features/auth/components/AcceptInvitationPage')) },
      { path: '/forgot-password', ...page(() => import('../features/account/components/ForgotPasswordPage')) },
      { path: '/reset-password', ...page(() => import('../features/account/components/ResetPasswordPage')) },
      { path: '/register', ...page(() => import('../features/registration/components/RegisterEnterprisePage')) },
      {
        element: <RequireAuth />,
        children: [
          {
            // The signed-in shell (menus, drawer, notifications) is its own chunk: the sign-in page does not load it.
            lazy: async () => ({ Component: (await import('./layout/AppLayout')).AppLayout }),
            children: [
              { index: true, ...page(() => import('./pages/HomeRedirect')) },
              { path: 'search', ...page(() => import('../features/search/components/SearchPage')) },
              {
                path: 'achievements',
                ...page(() => import('../features/achievements/components/AchievementListPage')),
              },
              {
                path: 'achievements/new',
                ...page(() => import('../features/achievements/components/AchievementFormPage')),
              },
              { path: 'achievements/:id', ...page(() => import('./pages/AchievementDetailPage')) },
              {
                path: 'achievements/:id/edit',
                ...page(() => import('../features/achievements/components/AchievementFormPage')),
              },
              { path: 'needs', ...page(() => import('../features/needs/components/NeedListPage')) },
              { path: 'needs/new', ...page(() => import('../features/needs/components/NeedFormPage')) },
              { path: 'needs/:id', ...page(() => import('./pages/NeedDetailPage')) },
              { path: 'needs/:id/edit', ...page(() => import('../features/needs/components/NeedFormPage')) },
              {
                path: 'match-requests',
                ...page(() => import('../features/match-requests/components/MatchRequestListPage')),
              },
              {
                path: 'match-requests/:id',
                ...page(() => import('../features/match-requests/components/MatchRequestDetailPage')),
              },
              {
                path: 'notifications',
                ...page(() => import('../features/notifications/components/NotificationsPage')),
              },
              { path: 'admin/organizations', ...page(() => import('../features/admin/components/OrganizationsPage')) },
              { path: 'admin/organizations/:id', ...page(() => import('../features/members/components/MembersPage')) },
              { path: 'admin/search-index', ...page(() => import('../features/admin/components/SearchIndexPage')) },
              { path: 'admin/vocabulary', ...page(() => import('../features/vocabulary/components/VocabularyPage')) },
              { path: 'admin/dashboard', ...page(() => import('../features/dashboard/components/DashboardPage')) },
              { path: 'account', ...page(() => import('../features/account/components/ProfilePage')) },
              { path: 'account/password', ...page(() => import('../features/account/components/ChangePasswordPage')) },
              { path: 'members', ...page(() => import('../features/members/components/MembersPage')) },
              {
                path: 'admin/registrations',
                ...page(() => import('../features/registration/components/RegistrationQueuePage')),
              },
              { path: 'admin/mail', ...page(() => import('../features/admin/components/MailLogPage')) },
              { path: 'achievements/:id/audit', ...page(() => import('../features/audit/components/AuditTrailPage')) },
              { path: 'needs/:id/audit', ...page(() => import('../features/audit/components/AuditTrailPage')) },
              { path: 'events', ...eventPage(() => import('../features/events/components/EventListPage')) },
              { path: 'events/new', ...eventPage(() => import('../features/events/components/EventFormPage')) },
              { path: 'events/:id', ...eventPage(() => import('./pages/EventDetailPage')) },
              { path: 'events/:id/edit', ...eventPage(() => import('../features/events/components/EventFormPage')) },
              {
                path: 'events/:id/board',
                ...eventPage(() => import('../features/schedule-board/components/ScheduleBoardPage')),
              },
              { path: 'events/:id/agenda', ...eventPage(() => import('../features/agenda/components/MyAgendaPage')) },
              { path: 'events/:id/print', ...eventPage(() => import('../features/agenda/components/PrintPage')) },
              {
                path: 'events/:id/check-in',
                ...eventPage(() => import('../features/check-in/components/CheckInPage')),
              },
              {
                path: 'events/:id/analytics',
                ...eventPage(() => import('../features/event-analytics/components/EventAnalyticsPage')),
              },
              { path: '*', ...page(() => import('./pages/NotFoundPage')) },
            ],
          },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);

import { createBrowserRouter, Navigate } from 'react-router';
import { Loading } from '../components/loading';
import { RequireRole } from '../features/auth/components/require-role';
import { RequireSession } from '../features/auth/components/require-session';
import { HomePage } from '../features/home/components/home-page';
import { OutlineDetailPage } from '../features/outlines/components/outline-detail-page';
import { OutlinesPage } from '../features/outlines/components/outlines-page';
import { AppShell, PublicLayout } from './layouts';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

// Forms load lazily: they bring the contract schemas and Zod, which reading screens do not need.
// Administration screens are used by a few secretariat staff; everyone else never downloads them.
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    // Shown while the first screen's lazy chunk (e.g. the login form) is fetched on a fresh load.
    hydrateFallbackElement: <Loading />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          {
            path: 'login',
            lazy: async () => ({ Component: (await import('../features/auth/components/login-page')).LoginPage }),
          },
        ],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppShell />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'outlines', element: <OutlinesPage /> },
              { path: 'outlines/:id', element: <OutlineDetailPage /> },
              {
                path: 'outlines/:id/plans',
                lazy: async () => ({ Component: (await import('../features/plans/components/list/plan-list-page')).PlanListPage }),
              },
              {
                path: 'outlines/:id/plans/new',
                lazy: async () => ({ Component: (await import('../features/plans/components/form/plan-form-page')).NewPlanPage }),
              },
              {
                path: 'outlines/:id/checks',
                lazy: async () => ({ Component: (await import('../features/plans/components/checks/plan-checks-page')).PlanChecksPage }),
              },
              {
                path: 'outlines/:id/import',
                lazy: async () => ({ Component: (await import('../features/plan-import/components/plan-import-page')).PlanImportPage }),
              },
              {
                path: 'plans/:id',
                lazy: async () => ({ Component: (await import('../features/plans/components/detail/plan-detail-page')).PlanDetailPage }),
              },
              {
                path: 'plans/:id/edit',
                lazy: async () => ({ Component: (await import('../features/plans/components/form/plan-form-page')).EditPlanPage }),
              },
              {
                path: 'plans/:id/history',
                lazy: async () => ({ Component: (await import('../features/plans/components/history/plan-history-page')).PlanHistoryPage }),
              },
              {
                path: 'calls/:id',
                lazy: async () => ({ Component: (await import('../features/proposals/components/call-page')).CallPage }),
              },
              {
                path: 'report-rounds/:id',
                lazy: async () => ({ Component: (await import('../features/reports/components/round-page')).RoundPage }),
              },
              {
                path: 'report-rounds/:id/dashboard',
                lazy: async () => ({ Component: (await import('../features/reports/components/dashboard-page')).DashboardPage }),
              },
              {
                path: 'report-rounds/:id/plans',
                lazy: async () => ({ Component: (await import('../features/reports/components/drill-down-page')).DrillDownPage }),
              },
              {
                path: 'reports/:id',
                lazy: async () => ({ Component: (await import('../features/reports/components/report-page')).ReportPage }),
              },
              {
                path: 'inbox',
                lazy: async () => ({ Component: (await import('../features/inbox/components/inbox-page')).InboxPage }),
              },
              {
                path: 'account/password',
                lazy: async () => ({
                  Component: (await import('../features/auth/components/change-password-page')).ChangePasswordPage,
                }),
              },
              {
                path: 'admin',
                element: <RequireRole role="secretariat" />,
                children: [
                  { index: true, element: <Navigate to="organisation" replace /> },
                  {
                    path: 'organisation',
                    lazy: async () => ({
                      Component: (await import('../features/organisation/components/organisation-page'))
                        .OrganisationPage,
                    }),
                  },
                  {
                    path: 'users',
                    lazy: async () => ({
                      Component: (await import('../features/users/components/users-page')).UsersPage,
                    }),
                  },
                  {
                    path: 'audit-log',
                    lazy: async () => ({
                      Component: (await import('../features/audit/components/audit-log-page')).AuditLogPage,
                    }),
                  },
                  {
                    path: 'settings',
                    lazy: async () => ({
                      Component: (await import('../features/municipality/components/settings-page')).SettingsPage,
                    }),
                  },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);

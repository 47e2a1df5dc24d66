import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { setSessionExpiredHandler } from '@/lib/api-client';
import { i18n } from '@/lib/i18n';
import { AppLayout } from './layout/app-layout';
import { Guard } from './layout/guard';
import { RouteError } from './routes/route-error';

/** A page with the translations only it needs, fetched together, so it never shows before its words. */
const withNamespaces = <T,>(page: Promise<T>, namespaces: string[]) => Promise.all([page, i18n.loadNamespaces(namespaces)]).then(([module]) => module);

// Pages are separate chunks: a visitor downloads only the page she opens.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown only while the first page's code arrives.
    hydrateFallbackElement: <div className="boot" aria-busy="true" />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: paths.home.path, lazy: () => import('./routes/home').then((m) => ({ Component: m.HomeRoute })) },
          { path: paths.auth.signIn.path, lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })) },
          { path: paths.auth.signUp.path, lazy: () => import('./routes/sign-up').then((m) => ({ Component: m.SignUpRoute })) },
          { path: paths.auth.invitation.path, lazy: () => import('./routes/invitation').then((m) => ({ Component: m.InvitationRoute })) },
          { path: paths.catalogue.path, lazy: () => import('./routes/catalogue').then((m) => ({ Component: m.CatalogueRoute })) },
          { path: paths.activity.path, lazy: () => import('./routes/activity').then((m) => ({ Component: m.ActivityRoute })) },
          { path: paths.certificate.path, lazy: () => withNamespaces(import('./routes/certificate'), ['certificates']).then((m) => ({ Component: m.CertificateRoute })) },
          {
            element: <Guard />,
            children: [
              { path: paths.profile.path, lazy: () => import('./routes/profile').then((m) => ({ Component: m.ProfileRoute })) },
              { path: paths.apply.path, lazy: () => import('./routes/apply').then((m) => ({ Component: m.ApplyRoute })) },
              { path: paths.myLearning.path, lazy: () => import('./routes/my-learning').then((m) => ({ Component: m.MyLearningRoute })) },
              { path: paths.network.path, lazy: () => withNamespaces(import('./routes/network'), ['directory']).then((m) => ({ Component: m.NetworkRoute })) },
              { path: paths.networkListing.path, lazy: () => withNamespaces(import('./routes/network-listing'), ['directory']).then((m) => ({ Component: m.NetworkListingRoute })) },
              { path: paths.networkRequests.path, lazy: () => withNamespaces(import('./routes/network-requests'), ['directory']).then((m) => ({ Component: m.NetworkRequestsRoute })) },
              { path: paths.course.path, lazy: () => withNamespaces(import('./routes/learn'), ['course']).then((m) => ({ Component: m.LearnRoute })) },
              { path: paths.survey.path, lazy: () => withNamespaces(import('./routes/survey'), ['surveys']).then((m) => ({ Component: m.SurveyRoute })) },
              { path: paths.checkIn.path, lazy: () => withNamespaces(import('./routes/check-in'), ['attendance']).then((m) => ({ Component: m.CheckInRoute })) },
              { path: paths.communities.path, lazy: () => withNamespaces(import('./routes/communities'), ['communities']).then((m) => ({ Component: m.CommunitiesRoute })) },
              { path: paths.community.path, lazy: () => withNamespaces(import('./routes/community'), ['communities']).then((m) => ({ Component: m.CommunityRoute })) },
            ],
          },
          {
            element: <Guard roles={['MANAGER', 'ADMIN']} />,
            children: [
              { path: paths.manage.programmes.path, lazy: () => import('./routes/manage-programmes').then((m) => ({ Component: m.ManageProgrammesRoute })) },
              { path: paths.manage.programme.path, lazy: () => import('./routes/manage-programme').then((m) => ({ Component: m.ManageProgrammeRoute })) },
              {
                path: paths.manage.outcomes.path,
                lazy: () => withNamespaces(import('./routes/manage-outcomes'), ['outcomes', 'surveys-admin']).then((m) => ({ Component: m.ManageOutcomesRoute })),
              },
              { path: paths.manage.newActivity.path, lazy: () => import('./routes/manage-new-activity').then((m) => ({ Component: m.ManageNewActivityRoute })) },
              { path: paths.selection.path, lazy: () => import('./routes/manage-selection').then((m) => ({ Component: m.ManageSelectionRoute })) },
              { path: paths.manage.activity.path, lazy: () => import('./routes/manage-activity').then((m) => ({ Component: m.ManageActivityRoute })) },
              { path: paths.manage.newImport.path, lazy: () => import('./routes/manage-import').then((m) => ({ Component: m.ManageNewImportRoute })) },
              { path: paths.manage.import.path, lazy: () => import('./routes/manage-import').then((m) => ({ Component: m.ManageImportRoute })) },
            ],
          },
          {
            element: <Guard roles={['TRAINER', 'MANAGER', 'ADMIN']} />,
            children: [
              { path: paths.reviews.path, lazy: () => import('./routes/reviews').then((m) => ({ Component: m.ReviewsRoute })) },
              { path: paths.review.path, lazy: () => import('./routes/review').then((m) => ({ Component: m.ReviewRoute })) },
              { path: paths.reports.path, lazy: () => withNamespaces(import('./routes/reports'), ['reports']).then((m) => ({ Component: m.ReportsRoute })) },
              { path: paths.attendance.path, lazy: () => withNamespaces(import('./routes/attendance'), ['attendance']).then((m) => ({ Component: m.AttendanceRoute })) },
            ],
          },
          {
            element: <Guard roles={['TRAINER']} />,
            children: [
              { path: paths.teaching.path, lazy: () => import('./routes/teaching').then((m) => ({ Component: m.TeachingRoute })) },
              { path: paths.teachingActivity.path, lazy: () => import('./routes/teaching-activity').then((m) => ({ Component: m.TeachingActivityRoute })) },
            ],
          },
          {
            element: <Guard roles={['ADMIN']} />,
            children: [
              { path: paths.admin.users.path, lazy: () => import('./routes/admin-users').then((m) => ({ Component: m.AdminUsersRoute })) },
              { path: paths.admin.newUser.path, lazy: () => import('./routes/admin-new-user').then((m) => ({ Component: m.AdminNewUserRoute })) },
            ],
          },
          { path: '*', lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundRoute })) },
        ],
      },
    ],
  },
];

export function createAppRouter(queryClient: QueryClient) {
  const router = createBrowserRouter(routes);
  // When the session cannot be renewed, forget what the last user saw and ask her to sign in again.
  setSessionExpiredHandler(() => {
    queryClient.clear();
    const { pathname, search } = router.state.location;
    if (pathname !== paths.auth.signIn.path) void router.navigate(paths.auth.signIn.getHref(pathname + search), { replace: true });
  });
  return router;
}

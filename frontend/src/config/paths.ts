/** Every client-side route, so links and redirects cannot drift from the router. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  auth: {
    signUp: {
      path: '/sign-up',
      getHref: () => '/sign-up',
    },
    signIn: {
      path: '/sign-in',
      getHref: (redirectTo?: string | null) =>
        redirectTo && redirectTo !== '/sign-in' ? `/sign-in?redirectTo=${encodeURIComponent(redirectTo)}` : '/sign-in',
    },
  },
  profile: {
    path: '/profile',
    getHref: () => '/profile',
  },
  admin: {
    users: {
      path: '/admin/users',
      getHref: (search?: { q?: string; role?: string; page?: number }) => {
        const params = new URLSearchParams();
        if (search?.q) params.set('q', search.q);
        if (search?.role) params.set('role', search.role);
        if (search?.page) params.set('page', String(search.page));
        const query = params.toString();
        return query ? `/admin/users?${query}` : '/admin/users';
      },
    },
    newUser: {
      path: '/admin/users/new',
      getHref: () => '/admin/users/new',
    },
  },
} as const;

/** Only same-site paths may be redirected to after sign-in. */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : fallback;
}

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
    invitation: {
      path: '/invitation/:token',
      getHref: (token: string) => `/invitation/${encodeURIComponent(token)}`,
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
  catalogue: {
    path: '/catalogue',
    /** Filters travel in the query string, so a link or a reload shows the same results. */
    getHref: (search?: CatalogueHrefSearch) => withQuery('/catalogue', search, ['q', 'type', 'language', 'region', 'country', 'open', 'page']),
  },
  activity: {
    path: '/activities/:id',
    getHref: (id: string) => `/activities/${encodeURIComponent(id)}`,
  },
  apply: {
    path: '/activities/:id/apply',
    getHref: (id: string) => `/activities/${encodeURIComponent(id)}/apply`,
  },
  reviews: {
    path: '/reviews',
    getHref: (search?: { page?: number }) => withQuery('/reviews', search, ['page']),
  },
  review: {
    path: '/reviews/:id',
    getHref: (id: string) => `/reviews/${encodeURIComponent(id)}`,
  },
  teaching: {
    path: '/teaching',
    getHref: (search?: { page?: number }) => withQuery('/teaching', search, ['page']),
  },
  teachingActivity: {
    path: '/teaching/:id',
    getHref: (id: string) => `/teaching/${encodeURIComponent(id)}`,
  },
  attendance: {
    path: '/teaching/sessions/:sessionId/attendance',
    getHref: (sessionId: string) => `/teaching/sessions/${encodeURIComponent(sessionId)}/attendance`,
  },
  checkIn: {
    path: '/check-in/:sessionId',
    /** The QR code a trainer shows carries the code, so scanning it fills the form. */
    getHref: (sessionId: string, code?: string) => `/check-in/${encodeURIComponent(sessionId)}${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  },
  certificate: {
    path: '/certificates/:code',
    getHref: (code: string) => `/certificates/${encodeURIComponent(code)}`,
  },
  course: {
    path: '/learn/:activityId',
    getHref: (activityId: string) => `/learn/${encodeURIComponent(activityId)}`,
  },
  myLearning: {
    path: '/my-learning',
    getHref: (search?: { page?: number }) => withQuery('/my-learning', search, ['page']),
  },
  survey: {
    path: '/surveys/:id',
    getHref: (id: string) => `/surveys/${encodeURIComponent(id)}`,
  },
  manage: {
    programmes: {
      path: '/manage',
      getHref: (search?: { page?: number }) => withQuery('/manage', search, ['page']),
    },
    programme: {
      path: '/manage/programmes/:id',
      getHref: (id: string) => `/manage/programmes/${encodeURIComponent(id)}`,
    },
    outcomes: {
      path: '/manage/programmes/:id/outcomes',
      getHref: (id: string) => `/manage/programmes/${encodeURIComponent(id)}/outcomes`,
    },
    newActivity: {
      path: '/manage/programmes/:programmeId/activities/new',
      getHref: (programmeId: string) => `/manage/programmes/${encodeURIComponent(programmeId)}/activities/new`,
    },
    activity: {
      path: '/manage/activities/:id',
      getHref: (id: string, search?: { status?: string; q?: string; page?: number }) =>
        withQuery(`/manage/activities/${encodeURIComponent(id)}`, search, ['status', 'q', 'page']),
    },
    newImport: {
      path: '/manage/activities/:id/import',
      getHref: (id: string) => `/manage/activities/${encodeURIComponent(id)}/import`,
    },
    import: {
      path: '/manage/imports/:importId',
      /** Pages of the rows with problems and of all rows, so a reload shows the same ones. */
      getHref: (importId: string, search?: ImportHrefSearch) =>
        withQuery(`/manage/imports/${encodeURIComponent(importId)}`, { problems: search?.problems || undefined, rows: search?.rows || undefined }, [
          'problems',
          'rows',
        ]),
    },
  },
  selection: {
    path: '/manage/activities/:id/selection',
    getHref: (id: string, search?: SelectionHrefSearch) =>
      withQuery(`/manage/activities/${encodeURIComponent(id)}/selection`, search, ['status', 'country', 'region', 'gender', 'sort', 'page']),
  },
  reports: {
    path: '/reports',
    /** Filters and the chosen view travel in the query string, so a report can be shared and reloaded. */
    getHref: (search?: ReportsHrefSearch) =>
      withQuery('/reports', search, ['programmeId', 'activityId', 'type', 'from', 'to', 'region', 'country', 'groupBy', 'view']),
  },
  network: {
    path: '/network',
    /** The directory search travels in the query string, so a reload or a shared link shows the same businesses. */
    getHref: (search?: NetworkHrefSearch) => withQuery('/network', search, ['q', 'sector', 'country', 'region', 'womenLed', 'seeks', 'page']),
  },
  networkListing: {
    path: '/network/listing',
    getHref: () => '/network/listing',
  },
  networkRequests: {
    path: '/network/requests',
    getHref: () => '/network/requests',
  },
  communities: {
    path: '/communities',
    getHref: () => '/communities',
  },
  community: {
    path: '/communities/:id',
    getHref: (id: string) => `/communities/${encodeURIComponent(id)}`,
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

export type SelectionHrefSearch = {
  status?: string;
  country?: string;
  region?: string;
  gender?: string;
  sort?: string;
  page?: number;
};

export type ReportsHrefSearch = {
  programmeId?: string;
  activityId?: string;
  type?: string;
  from?: string;
  to?: string;
  region?: string;
  country?: string;
  groupBy?: string;
  view?: string;
};

export type ImportHrefSearch = { problems?: number; rows?: number };

export type NetworkHrefSearch = { q?: string; sector?: string; country?: string; region?: string; womenLed?: boolean; seeks?: string; page?: number };

export type CatalogueHrefSearch = {
  q?: string;
  type?: string;
  language?: string;
  region?: string;
  country?: string;
  open?: boolean;
  page?: number;
};

/** Keys in a fixed order, leaving out what is empty, false or the first page, so equal searches give equal URLs. */
function withQuery<T extends object>(path: string, search: T | undefined, keys: readonly (keyof T & string)[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = search?.[key] as string | number | boolean | null | undefined;
    if (value === undefined || value === null || value === '' || value === false || (key === 'page' && value === 0)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Only same-site paths may be redirected to after sign-in. */
export function safeRedirect(target: string | null | undefined, fallback: string): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : fallback;
}

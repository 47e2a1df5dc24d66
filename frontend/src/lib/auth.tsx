import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';
import { api } from './api-client';
import { authTokens } from './auth-tokens';
import type { Reads } from './api-contract';

export const ROLES = ['PARTICIPANT', 'TRAINER', 'MANAGER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
export const BUSINESS_STAGES = ['IDEA', 'STARTUP', 'GROWTH', 'ESTABLISHED'] as const;
export const SALES_CHANNELS = ['OWN_WEBSITE', 'MARKETPLACE', 'SOCIAL_MEDIA', 'MESSAGING_APPS', 'OTHER'] as const;

export const profileSchema = z.object({
  countryCode: z.nullish(z.string()),
  gender: z.nullish(z.enum(GENDERS)),
  businessName: z.nullish(z.string()),
  sector: z.nullish(z.string()),
  businessStage: z.nullish(z.enum(BUSINESS_STAGES)),
  womenLed: z.nullish(z.boolean()),
  womenOwned: z.nullish(z.boolean()),
  employees: z.nullish(z.number()),
  onlineSalesChannels: z.nullish(z.array(z.enum(SALES_CHANNELS))),
  exporting: z.nullish(z.boolean()),
});

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  locale: z.nullish(z.string()),
  profile: z.nullish(profileSchema),
});
export type Me = z.infer<typeof meSchema>;
export type Profile = z.infer<typeof profileSchema>;
true satisfies Reads<'MeDto', z.output<typeof meSchema>>;
true satisfies Reads<'ProfileDto', z.output<typeof profileSchema>>;

export const getMe = ({ signal }: { signal?: AbortSignal } = {}) => api.get('/api/me', meSchema, { signal });

export const meQueryKey = ['me'] as const;

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe({ signal }),
    staleTime: 5 * 60 * 1000,
  });

/** Whether tokens are held on this device; re-renders when signing in or out (also in another tab). */
export function useIsSignedIn(): boolean {
  return useSyncExternalStore(authTokens.subscribe, authTokens.isSignedIn, () => false);
}

/** The signed-in user, or undefined while anonymous or loading. */
export function useUser() {
  const signedIn = useIsSignedIn();
  return useQuery({ ...meQueryOptions(), enabled: signedIn });
}

export function hasRole(user: Pick<Me, 'roles'> | undefined, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}

export type Access =
  | { state: 'anonymous' }
  | { state: 'loading' }
  | { state: 'failed'; error: unknown }
  | { state: 'forbidden' }
  | { state: 'allowed'; user: Me };

/** Whether the person on this device may open a page reserved to some roles (any role if none given). */
export function useAccess(roles?: Role[]): Access {
  const signedIn = useIsSignedIn();
  const user = useUser();
  if (!signedIn) return { state: 'anonymous' };
  if (user.data) return roles && !roles.some((role) => hasRole(user.data, role)) ? { state: 'forbidden' } : { state: 'allowed', user: user.data };
  return user.isError ? { state: 'failed', error: user.error } : { state: 'loading' };
}

import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  locale: z.nullish(z.string()),
  enabled: z.boolean(),
  createdAt: z.nullish(z.string()),
});
export type User = z.infer<typeof userSchema>;

export const userPageSchema = z.object({
  items: z.array(userSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
export type UserPage = z.infer<typeof userPageSchema>;
true satisfies Reads<'UserDto', z.output<typeof userSchema>>;
true satisfies Reads<'PageDto_UserDto_', z.output<typeof userPageSchema>>;

export type UserSearch = { q?: string; role?: string; page: number; size?: number };

export const PAGE_SIZE = 20;

export const getUsers = ({ q, role, page, size = PAGE_SIZE }: UserSearch, signal?: AbortSignal) =>
  api.get('/api/users', userPageSchema, { query: { q, role, page, size }, signal });

export const usersQueryKey = ['users'] as const;

export const getUsersQueryOptions = (search: UserSearch) =>
  queryOptions({
    queryKey: [...usersQueryKey, search],
    queryFn: ({ signal }) => getUsers(search, signal),
  });

/** Keeps the previous page on screen while the next one loads, so the list does not jump. */
export const useUsers = (search: UserSearch) => useQuery({ ...getUsersQueryOptions(search), placeholderData: keepPreviousData });

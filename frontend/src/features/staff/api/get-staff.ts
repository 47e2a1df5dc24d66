import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import type { Reads } from '@/lib/api-contract';

export const STAFF_ROLES = ['MANAGER', 'TRAINER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const staffMemberSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffPageSchema = z.object({
  items: z.array(staffMemberSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
true satisfies Reads<'StaffDto', z.output<typeof staffMemberSchema>>;
true satisfies Reads<'PageDto_StaffDto_', z.output<typeof staffPageSchema>>;

export type StaffSearch = { role: StaffRole; q: string };

export const STAFF_PAGE_SIZE = 10;

/** Colleagues with a role, found by name or e-mail; for managers and administrators. */
export const getStaff = ({ role, q }: StaffSearch, signal?: AbortSignal) =>
  api.get('/api/staff', staffPageSchema, { query: { role, q, page: 0, size: STAFF_PAGE_SIZE }, signal });

export const getStaffQueryOptions = (search: StaffSearch) =>
  queryOptions({
    queryKey: ['staff', search],
    queryFn: ({ signal }) => getStaff(search, signal),
    staleTime: 30_000,
  });

/** Asks nothing until she has typed something; the previous results stay while the next load. */
export const useStaff = (search: StaffSearch) =>
  useQuery({ ...getStaffQueryOptions(search), enabled: search.q.trim().length > 0, placeholderData: keepPreviousData });

/** The same search in several roles at once (reviewers may be trainers or managers), merged by person. */
export function useStaffInRoles(roles: readonly StaffRole[], q: string) {
  const results = useQueries({
    queries: roles.map((role) => ({ ...getStaffQueryOptions({ role, q }), enabled: q.trim().length > 0, placeholderData: keepPreviousData })),
  });
  const error = results.find((result) => result.isError)?.error ?? null;
  const loaded = results.every((result) => result.data);
  const items: StaffMember[] = [];
  for (const result of results) for (const person of result.data?.items ?? []) if (!items.some((each) => each.id === person.id)) items.push(person);
  return { isError: error !== null, error, data: loaded ? { items } : undefined };
}

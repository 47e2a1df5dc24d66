import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { useIsSignedIn } from '@/lib/auth';
import type { Reads } from '@/lib/api-contract';

export const ENROLMENT_STATUSES = ['ENROLLED', 'WAITLISTED', 'APPLIED', 'WITHDRAWN', 'CANCELLED', 'COMPLETED'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
/** She holds (or waits for) a place: at most one such enrolment per activity. */
export const ACTIVE_STATUSES: readonly EnrolmentStatus[] = ['ENROLLED', 'WAITLISTED', 'APPLIED'];
export const WITHDRAWABLE_STATUSES: readonly EnrolmentStatus[] = ['ENROLLED', 'WAITLISTED'];

export const enrolmentSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  activityTitle: z.string(),
  /** Plain date, YYYY-MM-DD. */
  activityStartDate: z.string(),
  status: z.enum(ENROLMENT_STATUSES),
  /** 1 for the next to get a seat; null unless WAITLISTED. */
  waitlistPosition: z.nullish(z.number()),
  createdAt: z.string(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const enrolmentPageSchema = z.object({
  items: z.array(enrolmentSchema),
  page: z.number(),
  size: z.number(),
  total: z.number(),
});
export type EnrolmentPage = z.infer<typeof enrolmentPageSchema>;
true satisfies Reads<'EnrolmentDto', z.output<typeof enrolmentSchema>>;
true satisfies Reads<'PageDto_EnrolmentDto_', z.output<typeof enrolmentPageSchema>>;

export const MY_ENROLMENTS_PAGE_SIZE = 20;

export const myEnrolmentsQueryKey = ['enrolments', 'mine'] as const;

type MyEnrolmentsSearch = { page: number; size?: number; activityId?: string };

/** Newest first, past ones (withdrawn, completed...) included; optionally in one activity only. */
export const getMyEnrolments = ({ page, size = MY_ENROLMENTS_PAGE_SIZE, activityId }: MyEnrolmentsSearch, signal?: AbortSignal) =>
  api.get('/api/me/enrolments', enrolmentPageSchema, { query: { activityId, page, size }, signal });

export const getMyEnrolmentsQueryOptions = (search: MyEnrolmentsSearch) =>
  queryOptions({
    queryKey: [...myEnrolmentsQueryKey, { page: search.page, size: search.size ?? MY_ENROLMENTS_PAGE_SIZE, activityId: search.activityId }],
    queryFn: ({ signal }) => getMyEnrolments(search, signal),
  });

export const useMyEnrolments = (search: { page: number; size?: number }) => {
  const signedIn = useIsSignedIn();
  return useQuery({ ...getMyEnrolmentsQueryOptions(search), enabled: signedIn, placeholderData: keepPreviousData });
};

/** Her current enrolment in an activity: undefined while unknown, null when she has none. */
export function useCurrentEnrolment(activityId: string): { enrolment: Enrolment | null | undefined; error: unknown } {
  const signedIn = useIsSignedIn();
  // At most one of her enrolments in an activity is active, and it is the newest there.
  const recent = useQuery({ ...getMyEnrolmentsQueryOptions({ page: 0, size: 5, activityId }), enabled: signedIn });
  if (!signedIn) return { enrolment: null, error: null };
  if (recent.isError) return { enrolment: null, error: recent.error };
  if (!recent.data) return { enrolment: undefined, error: null };
  const current = recent.data.items.find((item) => item.activityId === activityId && ACTIVE_STATUSES.includes(item.status));
  return { enrolment: current ?? null, error: null };
}

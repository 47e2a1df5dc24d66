import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, NetworkError } from '@/lib/api-client';
import { randomUuid } from '@/lib/random-id';
import { enrolmentSchema, myEnrolmentsQueryKey, type Enrolment, type EnrolmentPage } from './get-my-enrolments';

/**
 * The caller enrols: ENROLLED while seats remain, else WAITLISTED with her position (APPLIED where
 * managers select). The Idempotency-Key makes a retried request return the first answer instead
 * of enrolling twice.
 */
export const enrol = ({ activityId, idempotencyKey }: { activityId: string; idempotencyKey: string }) =>
  api.post(`/api/activities/${encodeURIComponent(activityId)}/enrolments`, undefined, enrolmentSchema, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });

/** Seat counts and eligibility live under the activities' keys; her list under her enrolments'. */
export function refreshAfterEnrolmentChange(queryClient: QueryClient, enrolment: Enrolment) {
  queryClient.setQueriesData<EnrolmentPage>({ queryKey: myEnrolmentsQueryKey }, (page) => {
    if (!page) return page;
    const known = page.items.some((item) => item.id === enrolment.id);
    return known
      ? { ...page, items: page.items.map((item) => (item.id === enrolment.id ? enrolment : item)) }
      : page.page === 0
        ? { ...page, items: [enrolment, ...page.items], total: page.total + 1 }
        : page;
  });
  void queryClient.invalidateQueries({ queryKey: myEnrolmentsQueryKey });
  void queryClient.invalidateQueries({ queryKey: ['activities'] });
}

export function useEnrol({ onSuccess }: { onSuccess?: (enrolment: Enrolment) => void } = {}) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: enrol,
    // A lost connection retries the same click with the same key; the server answers it once.
    retry: (failureCount, error) => error instanceof NetworkError && failureCount < 2,
    onSuccess: (enrolment) => {
      refreshAfterEnrolmentChange(queryClient, enrolment);
      onSuccess?.(enrolment);
    },
    onError: (error) => {
      // A refusal means the page was out of date: already enrolled, since closed, no longer eligible.
      if (error instanceof ApiError && (error.status === 409 || error.status === 422)) {
        void queryClient.invalidateQueries({ queryKey: myEnrolmentsQueryKey });
        void queryClient.invalidateQueries({ queryKey: ['activities'] });
      }
    },
  });
  /** One click, one fresh key. */
  const enrolNow = (activityId: string) => mutation.mutate({ activityId, idempotencyKey: randomUuid() });
  return { ...mutation, enrolNow };
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { optionalText, requiredText } from '@/lib/validation';
import { getSessionsQueryOptions, sessionSchema } from './get-sessions';
import type { Sends } from '@/lib/api-contract';

/** datetime-local gives a wall-clock time in the browser's zone; the API wants a UTC instant. */
const localInstant = z.pipe(
  z.string().check(z.refine((value) => value !== '' && !Number.isNaN(new Date(value).getTime()), { error: 'validation.required' })),
  z.transform((value: string) => new Date(value).toISOString()),
);

/** The select's "everyone" option is the empty string: a group session, null for the API. */
const optionalId = z.pipe(
  z.string(),
  z.transform((value: string) => (value === '' ? null : value)),
);

export const createSessionInputSchema = z.pipe(
  z
    .object({
      title: requiredText(200),
      startsAt: localInstant,
      endsAt: localInstant,
      location: optionalText(500),
      /** Accelerator cohorts only: the SME (user id, holding a seat) a coaching session is held with. */
      coacheeId: optionalId,
      coachNotes: optionalText(5000),
    })
    .check(z.refine((value) => value.endsAt > value.startsAt, { error: 'validation.date-order', path: ['endsAt'] })),
  // The server keeps notes only for coaching sessions; a group session sends none.
  z.transform((value) => ({ ...value, coachNotes: value.coacheeId === null ? null : value.coachNotes })),
);
export type CreateSessionValues = z.input<typeof createSessionInputSchema>;
export type CreateSessionInput = z.output<typeof createSessionInputSchema>;
true satisfies Sends<'CreateSessionRequest', CreateSessionInput>;

export const createSession = ({ activityId, ...input }: CreateSessionInput & { activityId: string }) =>
  api.post(`/api/activities/${encodeURIComponent(activityId)}/sessions`, input, sessionSchema);

export function useCreateSession(activityId: string, { onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSessionInput) => createSession({ ...input, activityId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: getSessionsQueryOptions(activityId).queryKey });
      onSuccess?.();
    },
  });
}

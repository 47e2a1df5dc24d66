import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { activitiesQueryKey } from './get-activity';
import type { Reads } from '@/lib/api-contract';

/**
 * Those holding a seat in the activity (enrolled or completed), by name. Read from the activity's
 * attendance summary, which its trainers and managers may both read (the roster is for managers only).
 */
const seatedPersonSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
});
export type SeatedPerson = z.infer<typeof seatedPersonSchema>;
true satisfies Reads<'PersonAttendanceDto', z.output<typeof seatedPersonSchema>>;

const seatedSchema = z.object({ people: z.array(seatedPersonSchema) });
true satisfies Reads<'ActivityAttendanceDto', z.output<typeof seatedSchema>>;

export const getSeatedPeople = async (activityId: string, signal?: AbortSignal): Promise<SeatedPerson[]> =>
  (await api.get(`/api/activities/${encodeURIComponent(activityId)}/attendance`, seatedSchema, { signal })).people;

export const getSeatedPeopleQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: [...activitiesQueryKey, 'detail', activityId, 'seated'],
    queryFn: ({ signal }) => getSeatedPeople(activityId, signal),
  });

export const useSeatedPeople = (activityId: string, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...getSeatedPeopleQueryOptions(activityId), enabled });

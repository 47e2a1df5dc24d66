import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { activitiesQueryKey } from './get-activity';
import type { Reads } from '@/lib/api-contract';

export const trainerSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
});
export type Trainer = z.infer<typeof trainerSchema>;
true satisfies Reads<'StaffDto', z.output<typeof trainerSchema>>;

export const getTrainers = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/trainers`, z.array(trainerSchema), { signal });

export const getTrainersQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: [...activitiesQueryKey, 'detail', activityId, 'trainers'],
    queryFn: ({ signal }) => getTrainers(activityId, signal),
  });

export const useTrainers = (activityId: string) => useQuery(getTrainersQueryOptions(activityId));

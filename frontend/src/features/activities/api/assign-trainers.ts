import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { getTrainersQueryOptions, trainerSchema } from './get-trainers';
import type { Sends } from '@/lib/api-contract';

type AssignTrainersBody = { trainerIds: string[] };
true satisfies Sends<'AssignTrainersRequest', AssignTrainersBody>;

/** Replaces the activity's trainers with these; the answer is the new list. */
export const assignTrainers = ({ activityId, trainerIds }: { activityId: string; trainerIds: string[] }) =>
  api.put(`/api/activities/${encodeURIComponent(activityId)}/trainers`, { trainerIds } satisfies AssignTrainersBody, z.array(trainerSchema));

export function useAssignTrainers(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (trainerIds: string[]) => assignTrainers({ activityId, trainerIds }),
    onSuccess: (trainers) => queryClient.setQueryData(getTrainersQueryOptions(activityId).queryKey, trainers),
  });
}

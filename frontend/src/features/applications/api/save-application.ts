import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationSchema, myApplicationQueryKey, type Answers, type ContractAnswers } from './get-my-application';
import type { Sends } from '@/lib/api-contract';

type SaveApplicationBody = { answers: Answers };
true satisfies Sends<'SaveApplicationRequest', Omit<SaveApplicationBody, 'answers'> & { answers: ContractAnswers }>;

/** Saves her answers as a draft; each is checked for its type (400 with answers.<key>). */
export const saveApplication = ({ activityId, answers }: { activityId: string; answers: Answers }) =>
  api.put(`/api/activities/${encodeURIComponent(activityId)}/application`, { answers } satisfies SaveApplicationBody, applicationSchema);

export function useSaveApplication(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Answers) => saveApplication({ activityId, answers }),
    onSuccess: (application) => {
      queryClient.setQueryData(myApplicationQueryKey(activityId), application);
      void queryClient.invalidateQueries({ queryKey: ['applications', 'mine', 'list'] });
    },
  });
}

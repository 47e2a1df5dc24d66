import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Answers } from '@/lib/answer-form';
import type { ApiSchemas, Sends } from '@/lib/api-contract';
import { surveysQueryKey } from './get-my-surveys';
import { surveyQueryKey, surveySchema } from './get-survey';

type SurveyResponseBody = { answers: Answers };
true satisfies Sends<'SurveyResponseRequest', Omit<SurveyResponseBody, 'answers'> & { answers: ApiSchemas['SurveyResponseRequest']['answers'] }>;

/** Saves all her answers at once (400 with answers.<key>; 409 survey.closed outside its window). */
export const saveSurveyResponse = ({ id, answers }: { id: string; answers: Answers }) =>
  api.put(`/api/surveys/${encodeURIComponent(id)}/response`, { answers } satisfies SurveyResponseBody, surveySchema);

export function useSaveSurveyResponse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Answers) => saveSurveyResponse({ id, answers }),
    onSuccess: (survey) => {
      queryClient.setQueryData(surveyQueryKey(id), survey);
      void queryClient.invalidateQueries({ queryKey: [...surveysQueryKey, 'mine'] });
    },
  });
}

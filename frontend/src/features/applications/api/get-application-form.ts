import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema } from '@/lib/localized';
import type { Reads } from '@/lib/api-contract';
import { CHOICE_TYPES, QUESTION_TYPES, type QuestionType } from '@/lib/questions';

export { CHOICE_TYPES, QUESTION_TYPES, type QuestionType };

export const choiceSchema = z.object({ value: z.string(), label: localizedTextSchema });

export const questionSchema = z.object({
  /** Letters, digits and _, starting with a letter; names the answer. */
  key: z.string(),
  type: z.enum(QUESTION_TYPES),
  label: localizedTextSchema,
  required: z.boolean(),
  /** Hidden from blind reviewers (business name, website...). */
  identifying: z.boolean(),
  /** Choice types only, at least two. */
  options: z.nullish(z.array(choiceSchema)),
});
export type Question = z.infer<typeof questionSchema>;

export const applicationFormSchema = z.object({ questions: z.array(questionSchema) });
export type ApplicationForm = z.infer<typeof applicationFormSchema>;
true satisfies Reads<'ChoiceDto', z.output<typeof choiceSchema>>;
true satisfies Reads<'QuestionDto', z.output<typeof questionSchema>>;
true satisfies Reads<'ApplicationFormDto', z.output<typeof applicationFormSchema>>;

export const getApplicationForm = (activityId: string, signal?: AbortSignal) =>
  api.get(`/api/activities/${encodeURIComponent(activityId)}/application-form`, applicationFormSchema, { signal });

export const applicationFormQueryKey = (activityId: string) => ['applications', 'form', activityId] as const;

export const getApplicationFormQueryOptions = (activityId: string) =>
  queryOptions({
    queryKey: applicationFormQueryKey(activityId),
    queryFn: ({ signal }) => getApplicationForm(activityId, signal),
  });

export const useApplicationForm = (activityId: string) => useQuery(getApplicationFormQueryOptions(activityId));

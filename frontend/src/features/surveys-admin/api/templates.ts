import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { localizedTextSchema, type LocalizedText } from '@/lib/localized';
import type { Reads, Sends } from '@/lib/api-contract';

export const SURVEY_KINDS = ['BASELINE', 'ENDLINE', 'FOLLOW_UP', 'FEEDBACK'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_QUESTION_TYPES = ['SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'YES_NO', 'COUNTRY', 'URL', 'SCALE'] as const;
export type SurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];
export const SURVEY_CHOICE_TYPES: readonly SurveyQuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE'];
/** The types whose answers can feed an indicator: yes/no shares and counts, numbers means and sums. */
export const MAPPABLE_TYPES: readonly SurveyQuestionType[] = ['YES_NO', 'NUMBER', 'SCALE'];

const choiceSchema = z.object({ value: z.string(), label: localizedTextSchema });

export const surveyQuestionSchema = z.object({
  key: z.string(),
  type: z.enum(SURVEY_QUESTION_TYPES),
  label: localizedTextSchema,
  required: z.boolean(),
  options: z.nullish(z.array(choiceSchema)),
  /** NUMBER questions: what is counted ("employees", "USD"). */
  unit: z.nullish(localizedTextSchema),
  /** A SURVEY indicator of the programme its answers feed. */
  indicatorId: z.nullish(z.string()),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const surveyTemplateSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  kind: z.enum(SURVEY_KINDS),
  title: localizedTextSchema,
  questions: z.array(surveyQuestionSchema),
  /** Someone answered a survey made from it: it is fixed (409 survey.answered). */
  answered: z.boolean(),
});
export type SurveyTemplate = z.infer<typeof surveyTemplateSchema>;
true satisfies Reads<'SurveyQuestionDto', z.output<typeof surveyQuestionSchema>>;
true satisfies Reads<'SurveyTemplateDto', z.output<typeof surveyTemplateSchema>>;

export type SurveyTemplateInput = { kind: SurveyKind; title: LocalizedText; questions: SurveyQuestion[] };
true satisfies Sends<'SurveyTemplateRequest', SurveyTemplateInput>;

export const templatesQueryKey = (programmeId: string) => ['surveys-admin', 'templates', programmeId] as const;

/** Managers of the programme write them; its trainers read them. */
export const getSurveyTemplates = (programmeId: string, signal?: AbortSignal) =>
  api.get(`/api/programmes/${encodeURIComponent(programmeId)}/survey-templates`, z.array(surveyTemplateSchema), { signal });

export const useSurveyTemplates = (programmeId: string) =>
  useQuery(queryOptions({ queryKey: templatesQueryKey(programmeId), queryFn: ({ signal }) => getSurveyTemplates(programmeId, signal) }));

export function useSaveSurveyTemplate(programmeId: string, templateId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyTemplateInput) =>
      templateId
        ? api.put(`/api/survey-templates/${encodeURIComponent(templateId)}`, input, surveyTemplateSchema)
        : api.post(`/api/programmes/${encodeURIComponent(programmeId)}/survey-templates`, input, surveyTemplateSchema),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templatesQueryKey(programmeId) }),
  });
}

export function useDeleteSurveyTemplate(programmeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/survey-templates/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: templatesQueryKey(programmeId) }),
  });
}

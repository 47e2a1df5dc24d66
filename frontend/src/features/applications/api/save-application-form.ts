import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationFormQueryKey, applicationFormSchema, type ApplicationForm } from './get-application-form';
import type { Sends } from '@/lib/api-contract';

true satisfies Sends<'ApplicationFormDto', ApplicationForm>;

/** Replaces the questions; refused (409 application.form-locked) once anyone has sent an application. */
export const saveApplicationForm = ({ activityId, form }: { activityId: string; form: ApplicationForm }) =>
  api.put(`/api/activities/${encodeURIComponent(activityId)}/application-form`, form, applicationFormSchema);

export function useSaveApplicationForm(activityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: ApplicationForm) => saveApplicationForm({ activityId, form }),
    onSuccess: (saved) => queryClient.setQueryData(applicationFormQueryKey(activityId), saved),
  });
}

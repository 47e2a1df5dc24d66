import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey, meSchema } from '@/lib/auth';
import type { Language } from '@/lib/i18n';

export type UpdateSettingsInput = { displayName: string; locale: Language };

/** The account's language decides which language her e-mails are written in. */
export const updateSettings = (input: UpdateSettingsInput) => api.put('/api/me/settings', input, meSchema);

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

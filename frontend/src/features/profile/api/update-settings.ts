import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey, meSchema } from '@/lib/auth';
import type { Language } from '@/lib/i18n';
import type { Sends } from '@/lib/api-contract';

export type UpdateSettingsInput = { displayName: string; locale: Language };
true satisfies Sends<'SettingsRequest', UpdateSettingsInput>;

/** The account's language decides which language her e-mails are written in. */
export const updateSettings = (input: UpdateSettingsInput) => api.put('/api/me/settings', input, meSchema);

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}

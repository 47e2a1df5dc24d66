import { useMutation } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { newPasswordField } from '@/lib/validation';
import type { Sends } from '@/lib/api-contract';

export const changePasswordInputSchema = z.object({
  // Not trimmed: a password is whatever she typed, spaces included.
  currentPassword: z.string().check(z.minLength(1, { error: 'validation.required' })),
  newPassword: newPasswordField(),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;
true satisfies Sends<'ChangePasswordRequest', ChangePasswordInput>;

/** 204 No Content. The server signs out her other sessions; this one keeps its tokens. */
export const changePassword = (input: ChangePasswordInput) => api.put<void>('/api/me/password', input);

export function useChangePassword({ onSuccess }: { onSuccess?: () => void } = {}) {
  return useMutation({
    mutationFn: changePassword,
    onSuccess,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, storeTokens, tokenResponseSchema } from '@/lib/api-client';
import { emailField } from '@/lib/validation';

export const loginInputSchema = z.object({
  email: emailField(),
  password: z.string().check(z.minLength(1, { error: 'validation.required' })),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const login = ({ email, password }: LoginInput) =>
  api.post('/api/auth/login', { username: email, password }, tokenResponseSchema, { auth: false });

export function useLogin({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (tokens) => {
      // A different person may sign in on this device: forget everything the last one saw.
      queryClient.clear();
      storeTokens(tokens);
      onSuccess?.();
    },
  });
}

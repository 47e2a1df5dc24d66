import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, storeTokens } from '@/lib/api-client';
import { meQueryKey, meSchema } from '@/lib/auth';
import { type Language } from '@/lib/i18n';
import { emailField, newPasswordField, requiredText } from '@/lib/validation';
import { login } from './login';
import type { Sends } from '@/lib/api-contract';

export const registerInputSchema = z.object({
  email: emailField(),
  displayName: requiredText(100),
  password: newPasswordField(),
});
export type RegisterInput = z.infer<typeof registerInputSchema>;
true satisfies Sends<'RegisterRequest', RegisterInput & { locale: Language }>;

export const register = (input: RegisterInput & { locale: Language }) =>
  api.post('/api/auth/register', input, meSchema, { auth: false });

/**
 * Creates the account, then signs in with it: one step for the person signing up. If signing in
 * fails after the account exists, onSuccess gets signedIn=false so the page can send her to sign-in
 * rather than invite a second registration that would fail with "e-mail taken".
 */
export function useRegister({ onSuccess }: { onSuccess?: (result: { signedIn: boolean }) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput & { locale: Language }) => {
      const me = await register(input);
      const tokens = await login({ email: input.email, password: input.password }).catch(() => null);
      return { me, tokens };
    },
    onSuccess: ({ me, tokens }) => {
      queryClient.clear();
      if (tokens) {
        storeTokens(tokens);
        queryClient.setQueryData(meQueryKey, me);
      }
      onSuccess?.({ signedIn: tokens !== null });
    },
  });
}

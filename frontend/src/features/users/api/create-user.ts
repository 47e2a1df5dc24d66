import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { LANGUAGES } from '@/lib/i18n';
import { emailField, newPasswordField, requiredText } from '@/lib/validation';
import { usersQueryKey, userSchema } from './get-users';
import type { Sends } from '@/lib/api-contract';

/** Staff accounts an administrator creates; participants sign up themselves. */
export const STAFF_ROLES = ['TRAINER', 'MANAGER', 'ADMIN'] as const;

export const createUserInputSchema = z.object({
  email: emailField(),
  displayName: requiredText(100),
  password: newPasswordField(),
  roles: z.array(z.enum(STAFF_ROLES)).check(z.minLength(1, { error: 'validation.required' })),
  locale: z.enum(LANGUAGES),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;
true satisfies Sends<'CreateUserRequest', CreateUserInput>;

export const createUser = (input: CreateUserInput) => api.post('/api/users', input, userSchema);

export function useCreateUser({ onSuccess }: { onSuccess?: (user: z.infer<typeof userSchema>) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.(user);
    },
  });
}

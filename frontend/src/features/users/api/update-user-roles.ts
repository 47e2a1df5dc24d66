import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '@/lib/api-client';
import { roleSchema } from '@/lib/auth';
import { usersQueryKey, userSchema } from './get-users';
import type { Sends } from '@/lib/api-contract';

export const updateUserRolesInputSchema = z.object({
  roles: z.array(roleSchema).check(z.minLength(1, { error: 'validation.required' })),
});
export type UpdateUserRolesInput = z.infer<typeof updateUserRolesInputSchema>;
true satisfies Sends<'ChangeRolesRequest', UpdateUserRolesInput>;

export const updateUserRoles = ({ id, roles }: UpdateUserRolesInput & { id: string }) =>
  api.put(`/api/users/${encodeURIComponent(id)}/roles`, { roles }, userSchema);

export function useUpdateUserRoles({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUserRoles,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
      onSuccess?.();
    },
  });
}

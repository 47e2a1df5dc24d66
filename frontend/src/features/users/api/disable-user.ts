import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersQueryKey, userSchema } from './get-users';

export const disableUser = (id: string) => api.post(`/api/users/${encodeURIComponent(id)}/disable`, undefined, userSchema);

export function useDisableUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

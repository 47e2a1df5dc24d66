import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { usersQueryKey, userSchema } from './get-users';

export const enableUser = (id: string) => api.post(`/api/users/${encodeURIComponent(id)}/enable`, undefined, userSchema);

export function useEnableUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { authTokens } from '@/lib/auth-tokens';

export const logout = (refreshToken: string) =>
  api.post<void>('/api/auth/logout', { refresh_token: refreshToken }, undefined, { auth: false });

/** Signs out here at once; telling the server to revoke the refresh token is best effort. */
export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refreshToken = authTokens.getRefreshToken();
      authTokens.clear();
      queryClient.clear();
      if (refreshToken) await logout(refreshToken).catch(() => undefined);
    },
    onSuccess,
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { updateSettings } from '@/features/profile/api/update-settings';
import { meQueryKey, meQueryOptions } from '@/lib/auth';
import { currentLanguage, hasChosenLanguage, isLanguage, setLanguage } from '@/lib/i18n';

/**
 * Once she holds tokens (sign-in, an accepted invitation): a language picked on this device wins
 * and is saved on the account; otherwise the account's applies. Then she goes where she was headed.
 */
export function useAfterSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async (redirectTo: string) => {
    try {
      const me = await queryClient.fetchQuery(meQueryOptions());
      const chosen = currentLanguage();
      if (hasChosenLanguage() && me.locale !== chosen) {
        queryClient.setQueryData(meQueryKey, await updateSettings({ displayName: me.displayName, locale: chosen }));
      } else if (isLanguage(me.locale) && me.locale !== chosen) {
        await setLanguage(me.locale);
      }
    } catch {
      // The pages she goes to load and report her account themselves.
    }
    navigate(redirectTo, { replace: true });
  };
}

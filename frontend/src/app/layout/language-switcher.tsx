import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { useUpdateSettings } from '@/features/profile/api/update-settings';
import { useUser } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';
import { currentLanguage, isLanguage, LANGUAGES, setLanguage } from '@/lib/i18n';

/**
 * Switches the UI at once. For a signed-in person the choice is also saved on her account, since
 * the backend writes her e-mails in that language.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const user = useUser();
  const settings = useUpdateSettings();

  const change = (value: string) => {
    if (!isLanguage(value)) return;
    void setLanguage(value);
    if (user.data && user.data.locale !== value) {
      settings.mutate({ displayName: user.data.displayName, locale: value });
    }
  };

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={currentLanguage()} onChange={(event) => change(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </option>
        ))}
      </select>
      {settings.isError && <ErrorAlert>{t('language.notSaved', { reason: errorMessage(settings.error) })}</ErrorAlert>}
    </div>
  );
}

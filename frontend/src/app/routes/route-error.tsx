import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';

/** Shown when a page fails to render or its code cannot be fetched (e.g. after a new release). */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Page title={t('error.title')} intro={t('error.text')}>
      <p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </p>
    </Page>
  );
}

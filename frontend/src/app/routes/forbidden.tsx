import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';

export function ForbiddenRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')} intro={t('forbidden.text')}>
      <p>
        <Link to={paths.home.getHref()}>{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} intro={t('notFound.text')}>
      <p>
        <Link to={paths.home.getHref()}>{t('notFound.home')}</Link>
      </p>
    </Page>
  );
}

export default NotFoundRoute;

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useIsSignedIn } from '@/lib/auth';

export function HomeRoute() {
  const { t } = useTranslation();
  const signedIn = useIsSignedIn();
  return (
    <Page title={t('home.title')} intro={t('home.intro')}>
      <p className="actions">
        <Link to={paths.catalogue.getHref()} className="button button--primary button--large">
          {t('home.toCatalogue')}
        </Link>
        {signedIn ? (
          <Link to={paths.myLearning.getHref()} className="button">
            {t('home.toMyLearning')}
          </Link>
        ) : (
          <>
            <Link to={paths.auth.signUp.getHref()} className="button">
              {t('home.signUp')}
            </Link>
            <Link to={paths.auth.signIn.getHref()} className="button">
              {t('home.signIn')}
            </Link>
          </>
        )}
      </p>
    </Page>
  );
}

export default HomeRoute;

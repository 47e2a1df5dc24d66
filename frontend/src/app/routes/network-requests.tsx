import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { ContactRequests } from '@/features/directory/components/contact-requests';
import { usePlaceNames } from '../use-place-names';

/** Requests her business received through the directory (the e-mail she gets links here) and the ones she sent. */
export function NetworkRequestsRoute() {
  const { t } = useTranslation('directory');
  const { names } = usePlaceNames();
  return (
    <Page title={t('requests.title')} intro={t('requests.intro')}>
      <p>
        <Link to={paths.network.getHref()}>{t('listing.back')}</Link>
      </p>
      <ContactRequests countryName={(code) => names.country(code)} />
    </Page>
  );
}

export default NetworkRequestsRoute;

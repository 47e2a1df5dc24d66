import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useListing } from '@/features/directory/api/get-listing';
import { ListingForm } from '@/features/directory/components/listing-form';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames } from '../use-place-names';

/** Her business as the directory shows it, and her consent to appear there. */
export function NetworkListingRoute() {
  const { t } = useTranslation('directory');
  const listing = useListing();
  const { countryChoices } = usePlaceNames();
  return (
    <Page title={t('listing.title')} intro={t('listing.intro')}>
      <p>
        <Link to={paths.network.getHref()}>{t('listing.back')}</Link>
      </p>
      {listing.isError && <ErrorAlert>{errorMessage(listing.error)}</ErrorAlert>}
      {listing.isPending && (
        <p aria-busy="true" className="loading">
          {t('search.loading')}
        </p>
      )}
      {listing.isSuccess && <ListingForm listing={listing.data} countries={countryChoices} />}
    </Page>
  );
}

export default NetworkListingRoute;

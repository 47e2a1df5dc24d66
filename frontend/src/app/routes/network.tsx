import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { directorySearchFromParams } from '@/features/directory/api/search-directory';
import { DirectorySearch } from '@/features/directory/components/directory-search';
import { NetworkStats } from '@/features/directory/components/network-stats';
import { hasRole, useUser } from '@/lib/auth';
import { currentLanguage } from '@/lib/i18n';
import { usePlaceNames } from '../use-place-names';

/** The directory of alumnae businesses, links to her own listing and requests, and the figures for managers. */
export function NetworkRoute() {
  const { t } = useTranslation('directory');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const user = useUser();
  const search = useMemo(() => directorySearchFromParams(params), [params]);
  const { countryChoices, regionChoices } = usePlaceNames();
  const seesFigures = hasRole(user.data, 'MANAGER') || hasRole(user.data, 'ADMIN');

  return (
    <Page title={t('network.title')} intro={t('network.intro')}>
      <nav aria-label={t('network.linksLabel')} className="directory-links">
        <Link to={paths.networkListing.getHref()} className="button">
          {t('network.myListing')}
        </Link>
        <Link to={paths.networkRequests.getHref()} className="button">
          {t('network.requests')}
        </Link>
      </nav>
      <DirectorySearch
        search={search}
        onSearch={(next) => navigate(paths.network.getHref(next), { preventScrollReset: true })}
        hrefFor={paths.network.getHref}
        countries={countryChoices}
        regions={regionChoices}
      />
      <NetworkStats enabled={seesFigures} language={currentLanguage()} />
    </Page>
  );
}

export default NetworkRoute;

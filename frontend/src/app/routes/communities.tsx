import { useTranslation } from 'react-i18next';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { CommunitiesPage } from '@/features/communities/components/communities-page';
import { hasRole, useUser } from '@/lib/auth';
import { usePlaceNames } from '../use-place-names';

/** Every community and her place in each; managers and administrators start new ones. */
export function CommunitiesRoute() {
  const { t } = useTranslation('communities');
  const user = useUser();
  const canCreate = hasRole(user.data, 'MANAGER') || hasRole(user.data, 'ADMIN');
  const { regionChoices } = usePlaceNames();
  return (
    <Page title={t('title')} intro={t('intro')}>
      <CommunitiesPage canCreate={canCreate} regions={regionChoices} hrefFor={paths.community.getHref} />
    </Page>
  );
}

export default CommunitiesRoute;

import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useCommunity } from '@/features/communities/api/get-communities';
import { CommunityPage } from '@/features/communities/components/community-page';
import { useUser } from '@/lib/auth';
import { errorMessage } from '@/lib/error-message';

/** One community: members read and comment, moderators run it. */
export function CommunityRoute() {
  const { t } = useTranslation('communities');
  const { id = '' } = useParams();
  const user = useUser();
  const community = useCommunity(id);
  const back = (
    <p>
      <Link to={paths.communities.getHref()}>← {t('page.back')}</Link>
    </p>
  );

  if (community.isPending) return <p aria-busy="true">{t('page.loading')}</p>;
  if (community.isError)
    return (
      <>
        <ErrorAlert>
          <p>{errorMessage(community.error)}</p>
        </ErrorAlert>
        {back}
      </>
    );
  if (!community.data)
    return (
      <Page title={t('title')}>
        <p>{t('page.notFound')}</p>
        {back}
      </Page>
    );
  return (
    <>
      {back}
      <Page title={community.data.name}>
        <CommunityPage community={community.data} myId={user.data?.id} />
      </Page>
    </>
  );
}

export default CommunityRoute;

import { useTranslation } from 'react-i18next';
import type { Community } from '../api/get-communities';

/** Region, size and how people get in, in words. */
export function CommunityFacts({ community }: { community: Community }) {
  const { t } = useTranslation('communities');
  return (
    <dl className="card__facts">
      <div>
        <dt>{t('facts.region')}</dt>
        <dd>{community.regionName ?? t('facts.allRegions')}</dd>
      </div>
      <div>
        <dt>{t('facts.members')}</dt>
        <dd>{t('facts.memberCount', { count: community.members })}</dd>
      </div>
      <div>
        <dt>{t('facts.joining')}</dt>
        <dd>{t(`policy.${community.joinPolicy}`)}</dd>
      </div>
    </dl>
  );
}

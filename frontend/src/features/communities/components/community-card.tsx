import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Community } from '../api/get-communities';
import { CommunityFacts } from './community-facts';
import { MembershipAction } from './membership-action';

type Props = { community: Community; href: string };

export function CommunityCard({ community, href }: Props) {
  const { t } = useTranslation('communities');
  return (
    <li className={community.myStatus === 'INVITED' ? 'card community-card community-card--invited' : 'card community-card'}>
      {community.myStatus === 'INVITED' && <p className="community-invited">{t('list.invited', { name: community.name })}</p>}
      <h3 className="card__title">
        <Link to={href}>{community.name}</Link>
      </h3>
      {community.myStatus === 'ACTIVE' && <p className="badge badge--ok community-badge">{t('status.member')}</p>}
      {community.description && <p className="community-description">{community.description}</p>}
      <CommunityFacts community={community} />
      <MembershipAction community={community} />
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import type { Community } from '../api/get-communities';
import { CommunityCard } from './community-card';

/** Invitations first, so an alumna sees hers at once; then every community. */
export function CommunityList({ communities, hrefFor }: { communities: Community[]; hrefFor: (id: string) => string }) {
  const { t } = useTranslation('communities');
  const invited = communities.filter((community) => community.myStatus === 'INVITED');
  const others = communities.filter((community) => community.myStatus !== 'INVITED');
  return (
    <>
      {invited.length > 0 && (
        <section aria-labelledby="community-invitations" className="community-section">
          <h2 id="community-invitations">{t('list.invitations')}</h2>
          <ul className="card-list">
            {invited.map((community) => (
              <CommunityCard key={community.id} community={community} href={hrefFor(community.id)} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="community-all" className="community-section">
        <h2 id="community-all">{t('list.all')}</h2>
        {others.length === 0 ? (
          <p>{t('list.empty')}</p>
        ) : (
          <ul className="card-list">
            {others.map((community) => (
              <CommunityCard key={community.id} community={community} href={hrefFor(community.id)} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

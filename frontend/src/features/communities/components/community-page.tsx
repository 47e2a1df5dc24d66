import { useTranslation } from 'react-i18next';
import { canRead, type Community } from '../api/get-communities';
import { AbuseReports } from './abuse-reports';
import { AnnouncementForm } from './announcement-form';
import { Announcements } from './announcements';
import { CommunityEvents } from './community-events';
import { CommunityFacts } from './community-facts';
import { DigestSwitch } from './digest-switch';
import { JoinRequests } from './join-requests';
import { MemberList } from './member-list';
import { MembershipAction } from './membership-action';
import './communities.css';

/** One community: her place in it, its announcements for members, and the moderators' tools. */
export function CommunityPage({ community, myId }: { community: Community; myId: string | undefined }) {
  const { t } = useTranslation('communities');
  const reads = canRead(community);
  const member = community.myStatus === 'ACTIVE';
  return (
    <div className="community">
      {community.description && <p className="lead community-description">{community.description}</p>}
      <CommunityFacts community={community} />
      {community.myStatus === 'INVITED' && <p className="community-invited">{t('list.invited', { name: community.name })}</p>}
      {!reads && <p className="community-note">{t('page.membersOnly')}</p>}
      <MembershipAction community={community} />
      {member && <DigestSwitch community={community} />}

      {community.moderator && (
        <>
          {community.joinPolicy === 'APPROVAL' && (
            <section aria-labelledby="community-requests" className="community-section">
              <h2 id="community-requests">{t('requests.title')}</h2>
              <JoinRequests communityId={community.id} />
            </section>
          )}
          <section aria-labelledby="community-reports" className="community-section">
            <h2 id="community-reports">{t('reports.title')}</h2>
            <AbuseReports communityId={community.id} />
          </section>
          <details className="disclosure community-section community-announce">
            <summary>{t('announce.heading')}</summary>
            <AnnouncementForm communityId={community.id} />
          </details>
        </>
      )}

      {reads && (
        <section aria-labelledby="community-posts" className="community-section">
          <h2 id="community-posts">{t('posts.title')}</h2>
          <Announcements communityId={community.id} myId={myId} moderator={community.moderator} canComment={member} />
        </section>
      )}

      <section aria-labelledby="community-events" className="community-section">
        <h2 id="community-events">{t('events.title')}</h2>
        <CommunityEvents communityId={community.id} moderator={community.moderator} />
      </section>

      {community.moderator && (
        <section aria-labelledby="community-members" className="community-section">
          <h2 id="community-members">{t('members.title')}</h2>
          <MemberList communityId={community.id} myId={myId} />
        </section>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { usePosts } from '../api/get-posts';
import { CommentForm } from './comment-form';
import { PostBody } from './post-body';
import { ProblemAlert } from '@/components/ui/problem-alert';

type Props = { communityId: string; myId: string | undefined; moderator: boolean; canComment: boolean };

/** Announcements newest first, each with its comments and a box to add one. */
export function Announcements({ communityId, myId, moderator, canComment }: Props) {
  const { t } = useTranslation('communities');
  const posts = usePosts(communityId);
  if (posts.isPending) return <p aria-busy="true">{t('posts.loading')}</p>;
  if (posts.isError) return <ProblemAlert error={posts.error} />;
  const announcements = posts.data.pages.flatMap((page) => page.items);
  if (announcements.length === 0) return <p>{t('posts.empty')}</p>;

  return (
    <>
      <ol className="posts">
        {announcements.map((announcement) => (
          <li key={announcement.id}>
            <article className={announcement.hidden ? 'post post--hidden' : 'post'} aria-labelledby={`post-${announcement.id}`}>
              <h3 id={`post-${announcement.id}`} className="post__title">
                {announcement.title}
              </h3>
              <PostBody post={announcement} communityId={communityId} myId={myId} moderator={moderator} />
              <section className="comments" aria-label={t('comments.label', { title: announcement.title ?? '' })}>
                {announcement.comments.length > 0 && (
                  <ol className="comments__list">
                    {announcement.comments.map((comment) => (
                      <li key={comment.id} className={comment.hidden ? 'comment post--hidden' : 'comment'}>
                        <PostBody post={comment} communityId={communityId} myId={myId} moderator={moderator} />
                      </li>
                    ))}
                  </ol>
                )}
                {canComment && !announcement.hidden && (
                  <CommentForm communityId={communityId} announcementId={announcement.id} title={announcement.title ?? ''} />
                )}
              </section>
            </article>
          </li>
        ))}
      </ol>
      {posts.hasNextPage && (
        <button
          type="button"
          className="button"
          aria-disabled={posts.isFetchingNextPage || undefined}
          onClick={() => {
            if (!posts.isFetchingNextPage) void posts.fetchNextPage();
          }}
        >
          {posts.isFetchingNextPage ? t('posts.loading') : t('posts.older')}
        </button>
      )}
    </>
  );
}

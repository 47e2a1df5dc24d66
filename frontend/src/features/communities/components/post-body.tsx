import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/dates';
import { currentLanguage } from '@/lib/i18n';
import type { Post } from '../api/get-posts';
import { HideAction, ReportAction } from './post-actions';

type Props = { post: Post; communityId: string; myId: string | undefined; moderator: boolean };

/** Who wrote it and when, what she wrote, and what can be done about it. */
export function PostBody({ post, communityId, myId, moderator }: Props) {
  const { t } = useTranslation('communities');
  const what = post.title ?? t('post.commentBy', { name: post.authorName });
  return (
    <>
      <p className="post__meta">
        {t('post.byline', { name: post.authorName, date: formatInstant(post.createdAt, currentLanguage()) })}
      </p>
      {post.hidden && <p className="post__hidden">{post.hiddenReason ? t('post.hiddenReason', { reason: post.hiddenReason }) : t('post.hidden')}</p>}
      <p className="post__text">{post.body}</p>
      {(post.authorId !== myId || (moderator && !post.hidden)) && (
        <div className="actions post__actions">
          {post.authorId !== myId && !post.hidden && <ReportAction communityId={communityId} postId={post.id} what={what} />}
          {moderator && !post.hidden && <HideAction communityId={communityId} postId={post.id} what={what} />}
        </div>
      )}
    </>
  );
}

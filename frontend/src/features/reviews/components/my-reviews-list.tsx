import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/error-message';
import { useMyReviews, type Review } from '../api/get-my-reviews';

function ReviewItem({ review, index, pending }: { review: Review; index: number; pending: boolean }) {
  const { t, i18n } = useTranslation('reviews');
  return (
    <li className="card">
      <h3 className="card__title">
        <Link to={paths.review.getHref(review.id)}>{t('list.item', { n: index, title: review.activityTitle })}</Link>
      </h3>
      <p>
        {pending ? (
          <span className="badge badge--info">{t('list.toScore')}</span>
        ) : (
          <>
            <span className="badge badge--ok">{t('list.scored', { score: Math.round(review.score ?? 0) })}</span>
            {review.submittedAt && ` · ${new Date(review.submittedAt).toLocaleDateString(i18n.language)}`}
          </>
        )}
      </p>
    </li>
  );
}

/** Reviews given to her: the ones still to score, or those she scored. */
export function MyReviewsList({ pending, page, hrefFor }: { pending: boolean; page: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation('reviews');
  const reviews = useMyReviews({ pending, page });
  // The server answers pending=false with unscored reviews too; only the scored ones are "done".
  const items = reviews.data?.items.filter((review) => pending || review.scores != null) ?? [];
  const headingId = pending ? 'reviews-pending' : 'reviews-done';
  return (
    <section className="section" aria-labelledby={headingId} aria-busy={reviews.isFetching || undefined}>
      <h2 id={headingId}>{pending ? t('list.pending') : t('list.done')}</h2>
      {reviews.isPending ? (
        <p aria-busy="true" className="loading">
          {t('list.loading')}
        </p>
      ) : reviews.isError ? (
        <ErrorAlert>{errorMessage(reviews.error)}</ErrorAlert>
      ) : items.length === 0 ? (
        <p>{pending ? t('list.nonePending') : t('list.noneDone')}</p>
      ) : (
        <>
          <ul className="card-list">
            {items.map((review, index) => (
              <ReviewItem key={review.id} review={review} pending={pending} index={reviews.data.page * reviews.data.size + index + 1} />
            ))}
          </ul>
          <Pagination page={reviews.data.page} pages={Math.ceil(reviews.data.total / reviews.data.size)} hrefFor={hrefFor} label={t('list.pagination')} />
        </>
      )}
    </section>
  );
}

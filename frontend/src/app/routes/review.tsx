import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useMyReviews } from '@/features/reviews/api/get-my-reviews';
import { useReview } from '@/features/reviews/api/get-review';
import { ReviewAnswers } from '@/features/reviews/components/review-answers';
import { ReviewForm } from '@/features/reviews/components/review-form';
import { errorMessage } from '@/lib/error-message';
import { usePlaceNames } from '../use-place-names';

/** One application, blind: its answers, the rubric to score, and the way to the next one waiting. */
export function ReviewRoute() {
  const { t } = useTranslation('reviews');
  const { id = '' } = useParams();
  const review = useReview(id);
  const pending = useMyReviews({ pending: true, activityId: review.data?.activityId, page: 0, size: 5 });
  const { names } = usePlaceNames();
  const next = pending.data?.items.find((each) => each.id !== id);
  const back = (
    <p className="aside">
      <Link to={paths.reviews.getHref()}>{t('page.back')}</Link>
    </p>
  );

  if (review.isError) {
    return (
      <Page title={t('page.failed')}>
        <ErrorAlert>{errorMessage(review.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  if (review.isPending) {
    return (
      <Page title={t('page.loading')}>
        <p aria-busy="true" className="loading">
          {t('page.loading')}
        </p>
      </Page>
    );
  }
  const data = review.data;
  return (
    <Page title={t('page.title', { title: data.activityTitle })} intro={t('page.blind')}>
      <section className="section" aria-labelledby="review-answers">
        <h2 id="review-answers">{t('page.answers')}</h2>
        <ReviewAnswers review={data} countryName={(code) => names.country(code)} />
      </section>
      <section className="section" aria-labelledby="review-scores">
        <h2 id="review-scores">{t('page.scores')}</h2>
        <ReviewForm key={data.id} review={data} />
      </section>
      <p>
        {next ? (
          <Link to={paths.review.getHref(next.id)} className="button">
            {t('page.next')}
          </Link>
        ) : (
          pending.data && t('page.noneLeft')
        )}
      </p>
      {back}
    </Page>
  );
}

export default ReviewRoute;

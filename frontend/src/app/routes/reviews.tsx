import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { MyReviewsList } from '@/features/reviews/components/my-reviews-list';

/** The reviewer's work: what is left to score first, then what she scored. */
export function ReviewsRoute() {
  const { t } = useTranslation('reviews');
  const [params] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  return (
    <Page title={t('list.title')} intro={t('list.intro')}>
      <MyReviewsList pending page={0} hrefFor={() => paths.reviews.getHref()} />
      <MyReviewsList pending={false} page={page} hrefFor={(target) => paths.reviews.getHref({ page: target })} />
    </Page>
  );
}

export default ReviewsRoute;

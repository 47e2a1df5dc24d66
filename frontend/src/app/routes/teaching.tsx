import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { TeachingList } from '@/features/activities/components/teaching-list';
import { usePlaceNames } from '../use-place-names';

/** A trainer's activities, from which she plans their sessions. */
export function TeachingRoute() {
  const { t } = useTranslation('activities');
  const [params] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const { names } = usePlaceNames();
  return (
    <Page title={t('teaching.title')} intro={t('teaching.intro')}>
      <TeachingList page={page} names={names} />
    </Page>
  );
}

export default TeachingRoute;

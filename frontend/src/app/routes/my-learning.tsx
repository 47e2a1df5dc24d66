import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { MyApplicationsList } from '@/features/applications/components/my-applications-list';
import { MyEnrolmentsList } from '@/features/enrolments/components/my-enrolments-list';

export function MyLearningRoute() {
  const { t } = useTranslation('enrolments');
  const [params] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <MyApplicationsList />
      <MyEnrolmentsList page={page} />
    </Page>
  );
}

export default MyLearningRoute;

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { MyApplicationsList } from '@/features/applications/components/my-applications-list';
import { MyEnrolmentsList } from '@/features/enrolments/components/my-enrolments-list';

// Certificates come after the rest of the page, with their own translations.
const MyCertificatesList = lazy(() =>
  import('@/features/certificates/components/my-certificates-list').then((module) => ({ default: module.MyCertificatesList })),
);

export function MyLearningRoute() {
  const { t } = useTranslation('enrolments');
  const [params] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <MyApplicationsList />
      <MyEnrolmentsList page={page} />
      <Suspense fallback={null}>
        <MyCertificatesList />
      </Suspense>
    </Page>
  );
}

export default MyLearningRoute;

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { MyApplicationsList } from '@/features/applications/components/my-applications-list';
import { MyEnrolmentsList } from '@/features/enrolments/components/my-enrolments-list';
import { CohortMilestones } from '../cohort-milestones';

// Certificates come after the rest of the page, with their own translations.
const MyCertificatesList = lazy(() =>
  import('@/features/certificates/components/my-certificates-list').then((module) => ({ default: module.MyCertificatesList })),
);

// Surveys her activities ask her, with their own translations.
const MySurveysList = lazy(() => import('@/features/surveys/components/my-surveys-list'));

// A course link for each seat she holds, loaded after the list.
const CourseLink = lazy(() => import('@/features/course/components/course-link'));

export function MyLearningRoute() {
  const { t } = useTranslation('enrolments');
  const [params] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  return (
    <Page title={t('title')} intro={t('intro')}>
      <MyApplicationsList />
      <MyEnrolmentsList
        page={page}
        extra={(enrolment) =>
          (enrolment.status === 'ENROLLED' || enrolment.status === 'COMPLETED') && (
            <>
              <Suspense fallback={null}>
                <CourseLink activityId={enrolment.activityId} href={paths.course.getHref(enrolment.activityId)} />
              </Suspense>
              <CohortMilestones activityId={enrolment.activityId} />
            </>
          )
        }
      />
      <Suspense fallback={null}>
        <MySurveysList />
      </Suspense>
      <Suspense fallback={null}>
        <MyCertificatesList />
      </Suspense>
    </Page>
  );
}

export default MyLearningRoute;

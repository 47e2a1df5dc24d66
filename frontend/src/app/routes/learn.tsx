import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useActivity } from '@/features/activities/api/get-activity';
import { useCourse } from '@/features/course/api/get-course';
import { CourseView } from '@/features/course/components/course-view';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';

/** The course of an activity she holds a seat in: lessons in order, her marks and progress. */
export function LearnRoute() {
  const { t } = useTranslation('course');
  const { activityId = '' } = useParams();
  const activity = useActivity(activityId);
  const course = useCourse(activityId);
  const title = activity.data ? t('title', { title: activity.data.title }) : t('view.loading');
  const back = (
    <p className="aside">
      <Link to={paths.activity.getHref(activityId)}>{t('back')}</Link>
    </p>
  );

  if (course.isError) {
    const noSeat = course.error instanceof ApiError && course.error.status === 403;
    return (
      <Page title={title}>
        <ErrorAlert>{noSeat ? t('view.noSeat') : errorMessage(course.error)}</ErrorAlert>
        {back}
      </Page>
    );
  }
  return (
    <Page title={title}>
      {course.isPending ? <p aria-busy="true">{t('view.loading')}</p> : <CourseView course={course.data} />}
      {back}
    </Page>
  );
}

export default LearnRoute;

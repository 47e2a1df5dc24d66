import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCourse } from '../api/get-course';
import { formatPercent } from './course-progress';

/**
 * "Course" for someone holding a seat in an activity with lessons. The course answers 403 to
 * anyone else, which simply shows nothing.
 */
export function CourseLink({ activityId, href }: { activityId: string; href: string }) {
  const { t, i18n } = useTranslation('course');
  const course = useCourse(activityId);
  if (!course.isSuccess || course.data.lessons === 0 || course.data.progress == null) return null;
  return (
    <p>
      <Link to={href} className="button button--primary">
        {t('link.label')}
        <span className="field__hint"> ({t('link.progress', { percent: formatPercent(course.data.progress, i18n.language) })})</span>
      </Link>
    </p>
  );
}

export default CourseLink;

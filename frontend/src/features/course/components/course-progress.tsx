import { useTranslation } from 'react-i18next';
import type { Course } from '../api/get-course';

export const formatPercent = (rate: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** Her progress as words and a bar; the bar repeats the words, so colour is never the only signal. */
export function CourseProgress({ course }: { course: Course }) {
  const { t, i18n } = useTranslation('course');
  const progress = course.progress ?? 0;
  const percent = formatPercent(progress, i18n.language);
  return (
    <div className="course-progress">
      <p id="course-progress-label">{t('progress.label', { percent, done: course.done, lessons: course.lessons })}</p>
      <progress className="course-progress__bar" max={1} value={progress} aria-labelledby="course-progress-label">
        {percent}
      </progress>
    </div>
  );
}

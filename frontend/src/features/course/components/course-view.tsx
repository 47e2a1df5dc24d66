import { useTranslation } from 'react-i18next';
import type { Course } from '../api/get-course';
import { CourseProgress } from './course-progress';
import { LessonView } from './lesson-view';
import './course.css';

/** The whole course in order, with her progress on top; trainers see it without marks. */
export function CourseView({ course }: { course: Course }) {
  const { t } = useTranslation('course');
  const participant = course.progress != null;
  if (course.modules.length === 0) return <p>{t('view.empty')}</p>;
  return (
    <div className="course">
      {participant && <CourseProgress course={course} />}
      {course.modules.map((module) => (
        <section key={module.id} className="section course__module" aria-labelledby={`module-${module.id}`}>
          <h2 id={`module-${module.id}`}>{t('view.module', { position: module.position, title: module.title })}</h2>
          {module.lessons.length === 0 ? (
            <p>{t('view.noLessons')}</p>
          ) : (
            <ol className="card-list course__lessons">
              {module.lessons.map((lesson) => (
                <li key={lesson.id}>
                  <LessonView activityId={course.activityId} lesson={lesson} canMark={participant} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}

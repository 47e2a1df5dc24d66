import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useCourse } from '../api/get-course';
import { ModuleEditor } from './module-editor';
import { ModuleForm } from './module-form';
import './course.css';

/** Course material for those who run the activity: modules, lessons and files. */
export function CourseEditor({ activityId }: { activityId: string }) {
  const { t } = useTranslation('course');
  const headingId = useId();
  const course = useCourse(activityId);

  const body = () => {
    if (course.isPending) return <p aria-busy="true">{t('view.loading')}</p>;
    if (course.isError) return <ErrorAlert>{errorMessage(course.error)}</ErrorAlert>;
    const modules = course.data.modules;
    return (
      <>
        {modules.length === 0 && <p>{t('editor.empty')}</p>}
        {modules.map((module, index) => (
          <ModuleEditor key={module.id} activityId={activityId} module={module} index={index} count={modules.length} />
        ))}
        <ModuleForm activityId={activityId} />
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="section course-editor" aria-busy={course.isPending || undefined}>
      <h2 id={headingId}>{t('editor.title')}</h2>
      {body()}
    </section>
  );
}

export default CourseEditor;

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import { useDeleteModule } from '../api/delete-module';
import type { CourseModule } from '../api/get-course';
import { useUpdateModule } from '../api/update-module';
import { LessonEditor } from './lesson-editor';
import { LessonForm } from './lesson-form';
import { ModuleForm } from './module-form';
import { MoveButtons } from './move-buttons';

type Props = { activityId: string; module: CourseModule; /** 0-based place among the modules. */ index: number; count: number };

/** A module with its lessons: rename, move up or down, delete when empty, add lessons. */
export function ModuleEditor({ activityId, module, index, count }: Props) {
  const { t } = useTranslation('course');
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const move = useUpdateModule(activityId);
  const remove = useDeleteModule(activityId);
  const moveTo = (position: number) => move.mutate({ moduleId: module.id, input: { title: module.title, position } });
  const headingId = `editor-module-${module.id}`;

  return (
    <section className="course-editor__module" aria-labelledby={headingId}>
      {renaming ? (
        <ModuleForm activityId={activityId} module={module} onDone={() => setRenaming(false)} />
      ) : (
        <h3 id={headingId}>{t('view.module', { position: module.position, title: module.title })}</h3>
      )}
      {(move.isError || remove.isError) && <ErrorAlert>{errorMessage(move.error ?? remove.error)}</ErrorAlert>}
      {!renaming && (
        <div className="actions">
          <button type="button" className="button" onClick={() => setRenaming(true)}>
            {t('editor.rename')}
            <span className="visually-hidden">: {module.title}</span>
          </button>
          <MoveButtons index={index} count={count} title={module.title} pending={move.isPending} onMove={moveTo} />
          <ConfirmButton
            context={module.title}
            question={t('editor.deleteModuleQuestion', { title: module.title })}
            confirmLabel={t('editor.delete')}
            cancelLabel={t('editor.cancel')}
            pending={remove.isPending}
            pendingLabel={t('editor.deleting')}
            onConfirm={() => remove.mutate(module.id)}
          >
            {t('editor.deleteModule')}
          </ConfirmButton>
        </div>
      )}
      {module.lessons.map((lesson, lessonIndex) => (
        <LessonEditor key={lesson.id} activityId={activityId} lesson={lesson} index={lessonIndex} count={module.lessons.length} />
      ))}
      {adding ? (
        <LessonForm activityId={activityId} moduleId={module.id} onDone={() => setAdding(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {t('editor.addLessonTo', { title: module.title })}
          </button>
        </div>
      )}
    </section>
  );
}

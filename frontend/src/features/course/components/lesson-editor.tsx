import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { errorMessage } from '@/lib/error-message';
import { useDeleteLesson } from '../api/delete-lesson';
import { useDeleteResource } from '../api/delete-resource';
import type { Lesson, Resource } from '../api/get-course';
import { useUpdateLesson } from '../api/update-lesson';
import { formatFileSize } from './file-size';
import { LessonForm } from './lesson-form';
import { MoveButtons } from './move-buttons';
import { ResourceUpload } from './resource-upload';

function ResourceItem({ activityId, resource }: { activityId: string; resource: Resource }) {
  const { t, i18n } = useTranslation('course');
  const remove = useDeleteResource(activityId);
  return (
    <li>
      <span>
        {resource.fileName} ({formatFileSize(resource.sizeBytes, i18n.language)})
      </span>
      {remove.isError && <ErrorAlert>{errorMessage(remove.error)}</ErrorAlert>}
      <ConfirmButton
        context={resource.fileName}
        question={t('editor.deleteFileQuestion', { name: resource.fileName })}
        confirmLabel={t('editor.delete')}
        cancelLabel={t('editor.cancel')}
        pending={remove.isPending}
        pendingLabel={t('editor.deleting')}
        onConfirm={() => remove.mutate(resource.id)}
      >
        {t('editor.deleteFile')}
      </ConfirmButton>
    </li>
  );
}

type Props = { activityId: string; lesson: Lesson; /** 0-based place in its module. */ index: number; count: number };

/** One lesson of the editor: what it holds, its files, and the ways to move, change or remove it. */
export function LessonEditor({ activityId, lesson, index, count }: Props) {
  const { t } = useTranslation('course');
  const [editing, setEditing] = useState(false);
  const remove = useDeleteLesson(activityId);
  const move = useUpdateLesson(activityId);
  // The PUT replaces the lesson: everything but the position goes back as it is.
  const moveTo = (position: number) =>
    move.mutate({
      lessonId: lesson.id,
      input: { title: lesson.title, body: lesson.body ?? null, videoUrl: lesson.videoUrl ?? null, required: lesson.required, position },
    });
  if (editing) return <LessonForm activityId={activityId} moduleId={lesson.moduleId} lesson={lesson} onDone={() => setEditing(false)} />;
  return (
    <div className="course-editor__lesson">
      <h4 className="lesson__title">
        {lesson.title}
        {lesson.required && <span className="badge badge--info">{t('lesson.required')}</span>}
      </h4>
      {lesson.videoUrl && <p className="field__hint">{t('editor.hasVideo', { url: lesson.videoUrl })}</p>}
      {lesson.resources.length > 0 && (
        <ul className="lesson__files" aria-label={t('lesson.files')}>
          {lesson.resources.map((resource) => (
            <ResourceItem key={resource.id} activityId={activityId} resource={resource} />
          ))}
        </ul>
      )}
      <ResourceUpload activityId={activityId} lessonId={lesson.id} lessonTitle={lesson.title} />
      {(move.isError || remove.isError) && <ErrorAlert>{errorMessage(move.error ?? remove.error)}</ErrorAlert>}
      <div className="actions">
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('editor.edit')}
          <span className="visually-hidden">: {lesson.title}</span>
        </button>
        <MoveButtons index={index} count={count} title={lesson.title} pending={move.isPending} onMove={moveTo} />
        <ConfirmButton
          context={lesson.title}
          question={t('editor.deleteLessonQuestion', { title: lesson.title })}
          confirmLabel={t('editor.delete')}
          cancelLabel={t('editor.cancel')}
          pending={remove.isPending}
          pendingLabel={t('editor.deleting')}
          onConfirm={() => remove.mutate(lesson.id)}
        >
          {t('editor.deleteLesson')}
        </ConfirmButton>
      </div>
    </div>
  );
}

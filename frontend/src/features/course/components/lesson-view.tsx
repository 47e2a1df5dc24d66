import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { errorMessage } from '@/lib/error-message';
import { useDownloadResource } from '../api/download-resource';
import type { Lesson } from '../api/get-course';
import { useMarkLessonDone } from '../api/mark-lesson-done';
import { useUnmarkLessonDone } from '../api/unmark-lesson-done';
import { formatFileSize } from './file-size';
import { Markdown } from './markdown';
import { VideoPlayer } from './video-player';

/** One lesson as she reads it: text, video, files and her "done" mark. */
export function LessonView({ activityId, lesson, canMark }: { activityId: string; lesson: Lesson; canMark: boolean }) {
  const { t, i18n } = useTranslation('course');
  const mark = useMarkLessonDone(activityId);
  const unmark = useUnmarkLessonDone(activityId);
  const download = useDownloadResource();
  const done = lesson.doneAt != null;
  const pending = mark.isPending || unmark.isPending;
  const titleId = `lesson-${lesson.id}`;
  return (
    <article className="lesson card" aria-labelledby={titleId}>
      <h3 id={titleId} className="lesson__title">
        {lesson.title}
        {lesson.required && <span className="badge badge--info">{t('lesson.required')}</span>}
        {done && <span className="badge badge--ok">✓ {t('lesson.done')}</span>}
      </h3>
      {lesson.body && <Markdown source={lesson.body} />}
      {lesson.videoUrl && <VideoPlayer url={lesson.videoUrl} title={lesson.title} />}
      {lesson.resources.length > 0 && (
        <ul className="lesson__files" aria-label={t('lesson.files')}>
          {lesson.resources.map((resource) => (
            <li key={resource.id}>
              <button type="button" className="button" onClick={() => download.mutate(resource)}>
                <span aria-hidden="true">⤓ </span>
                {t('lesson.download', { name: resource.fileName })} <span className="field__hint">({formatFileSize(resource.sizeBytes, i18n.language)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {download.isError && <ErrorAlert>{errorMessage(download.error)}</ErrorAlert>}
      {canMark && (
        <>
          {(mark.isError || unmark.isError) && <ErrorAlert>{errorMessage(mark.error ?? unmark.error)}</ErrorAlert>}
          <button
            type="button"
            className={done ? 'button' : 'button button--primary'}
            aria-pressed={done}
            aria-disabled={pending || undefined}
            onClick={() => {
              if (pending) return;
              if (done) unmark.mutate(lesson.id);
              else mark.mutate(lesson.id);
            }}
          >
            {t('lesson.markDone')}
            <span className="visually-hidden">: {lesson.title}</span>
          </button>
        </>
      )}
    </article>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { lessonInputSchema, useAddLesson, type LessonInput, type LessonValues } from '../api/add-lesson';
import type { Lesson } from '../api/get-course';
import { useUpdateLesson } from '../api/update-lesson';
import { Markdown } from './markdown';

const FIELDS = ['title', 'body', 'videoUrl', 'required'] as const;

type Props = {
  activityId: string;
  moduleId: string;
  /** Given, the form changes this lesson; otherwise it adds one to the module. */
  lesson?: Lesson;
  onDone: () => void;
};

/** Title, Markdown text (with a preview), video address and "required": the same body adds or changes a lesson. */
export function LessonForm({ activityId, moduleId, lesson, onDone }: Props) {
  const { t } = useTranslation('course');
  const headingId = useId();
  const [preview, setPreview] = useState(false);
  const form = useForm<LessonValues, unknown, LessonInput>({
    resolver: zodResolver(lessonInputSchema),
    defaultValues: { title: lesson?.title ?? '', body: lesson?.body ?? '', videoUrl: lesson?.videoUrl ?? '', required: lesson?.required ?? false },
  });
  const add = useAddLesson(activityId);
  const update = useUpdateLesson(activityId);
  const mutation = lesson ? update : add;
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((input) => {
    if (mutation.isPending) return;
    const options = { onSuccess: onDone, onError: (error: Error) => applyFieldErrors(error, form.setError, FIELDS) };
    if (lesson) update.mutate({ lessonId: lesson.id, input: { ...input, position: lesson.position } }, options);
    else add.mutate({ moduleId, input }, options);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-labelledby={headingId}>
      <h4 id={headingId}>{lesson ? t('editor.editLesson', { title: lesson.title }) : t('editor.addLesson')}</h4>
      <FormError error={mutation.error} fields={FIELDS} />
      <TextField label={t('editor.lessonTitle')} autoComplete="off" error={errors.title?.message} registration={form.register('title')} />
      <Field label={t('editor.body')} hint={t('editor.bodyHint')} error={errors.body?.message}>
        {(control) => <textarea rows={8} maxLength={20_000} {...control} {...form.register('body')} />}
      </Field>
      <div className="actions">
        <button type="button" className="button" aria-expanded={preview} onClick={() => setPreview(!preview)}>
          {preview ? t('editor.hidePreview') : t('editor.showPreview')}
        </button>
      </div>
      {preview && (
        <section className="markdown-preview" aria-label={t('editor.preview')}>
          <Markdown source={form.watch('body') ?? ''} baseLevel={5} />
        </section>
      )}
      <TextField
        label={t('editor.videoUrl')}
        hint={t('editor.videoHint')}
        type="url"
        inputMode="url"
        autoComplete="off"
        error={errors.videoUrl?.message}
        registration={form.register('videoUrl')}
      />
      <label className="choice">
        <input type="checkbox" {...form.register('required')} />
        <span>{t('editor.required')}</span>
      </label>
      <div className="actions">
        <SubmitButton pending={mutation.isPending} pendingLabel={t('editor.saving')}>
          {lesson ? t('editor.saveLesson') : t('editor.submitLesson')}
        </SubmitButton>
        <button type="button" className="button" onClick={onDone}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { errorMessage } from '@/lib/error-message';
import { ApiError } from '@/lib/problem';
import { RESOURCE_ACCEPT, resourceFileError, useAddResource } from '../api/add-resource';

/** Attaches one file to a lesson; too big a file is refused before it is sent. */
export function ResourceUpload({ activityId, lessonId, lessonTitle }: { activityId: string; lessonId: string; lessonTitle: string }) {
  const { t } = useTranslation('course');
  const formId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const upload = useAddResource(activityId);

  return (
    <form
      noValidate
      className="form"
      aria-labelledby={formId}
      onSubmit={(event) => {
        event.preventDefault();
        if (upload.isPending) return;
        const file = input.current?.files?.[0];
        const error = resourceFileError(file);
        setFieldError(error ?? undefined);
        if (error || !file) return;
        upload.mutate(
          { lessonId, file },
          {
            onSuccess: () => {
              if (input.current) input.current.value = '';
            },
            onError: (failure) => {
              // The file's type or size is the file field's problem; anything else is the form's.
              if (failure instanceof ApiError && (failure.status === 413 || failure.status === 400)) setFieldError(errorMessage(failure));
            },
          },
        );
      }}
    >
      <p id={formId} className="visually-hidden">
        {t('editor.attachTo', { title: lessonTitle })}
      </p>
      {upload.isError && !fieldError && <ErrorAlert>{errorMessage(upload.error)}</ErrorAlert>}
      <Field label={t('editor.file')} hint={t('editor.fileHint')} error={fieldError}>
        {(control) => <input ref={input} type="file" accept={RESOURCE_ACCEPT} {...control} onChange={() => setFieldError(undefined)} />}
      </Field>
      <div className="actions">
        <SubmitButton pending={upload.isPending} pendingLabel={t('editor.uploading')}>
          {t('editor.attach')}
        </SubmitButton>
      </div>
    </form>
  );
}

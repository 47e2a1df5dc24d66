import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import type { Import } from '../api/get-import';
import { IMPORT_ACCEPT, uploadImportInputSchema, useUploadImport, type UploadImportInput } from '../api/upload-import';

const FIELDS = ['file'] as const;

/** Sends the file for checking: nothing is written until the manager confirms what the check found. */
export function ImportUploadForm({ activityId, onUploaded }: { activityId: string; onUploaded: (result: Import) => void }) {
  const { t } = useTranslation('imports');
  const form = useForm<UploadImportInput>({ resolver: zodResolver(uploadImportInputSchema) });
  const upload = useUploadImport(activityId, { onSuccess: onUploaded });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ file }) => {
    if (upload.isPending) return;
    upload.mutate(file[0], { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={upload.error} fields={FIELDS} />
      <Field label={t('upload.file')} hint={t('upload.fileHint')} error={errors.file?.message}>
        {(control) => <input type="file" accept={IMPORT_ACCEPT} {...control} {...form.register('file')} />}
      </Field>
      <SubmitButton pending={upload.isPending} pendingLabel={t('upload.submitting')}>
        {t('upload.submit')}
      </SubmitButton>
    </form>
  );
}

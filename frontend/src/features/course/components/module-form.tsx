import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { moduleInputSchema, useAddModule, type ModuleInput } from '../api/add-module';
import type { CourseModule } from '../api/get-course';
import { useUpdateModule } from '../api/update-module';

const FIELDS = ['title'] as const;

/** Adds a module at the end, or renames one where it stands. */
export function ModuleForm({ activityId, module, onDone }: { activityId: string; module?: CourseModule; onDone?: () => void }) {
  const { t } = useTranslation('course');
  const headingId = useId();
  const form = useForm<ModuleInput>({ resolver: zodResolver(moduleInputSchema), defaultValues: { title: module?.title ?? '' } });
  const add = useAddModule(activityId);
  const update = useUpdateModule(activityId);
  const mutation = module ? update : add;

  const onSubmit = form.handleSubmit((input) => {
    if (mutation.isPending) return;
    const options = {
      onSuccess: () => {
        if (!module) form.reset();
        onDone?.();
      },
      onError: (error: Error) => applyFieldErrors(error, form.setError, FIELDS),
    };
    if (module) update.mutate({ moduleId: module.id, input: { title: input.title, position: module.position } }, options);
    else add.mutate({ title: input.title }, options);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-labelledby={headingId}>
      <h3 id={headingId}>{module ? t('editor.renameModule', { title: module.title }) : t('editor.addModule')}</h3>
      <FormError error={mutation.error} fields={FIELDS} />
      <TextField label={t('editor.moduleTitle')} autoComplete="off" error={form.formState.errors.title?.message} registration={form.register('title')} />
      <div className="actions">
        <SubmitButton pending={mutation.isPending} pendingLabel={t('editor.saving')}>
          {module ? t('editor.saveModule') : t('editor.submitModule')}
        </SubmitButton>
        {onDone && module && (
          <button type="button" className="button" onClick={onDone}>
            {t('editor.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

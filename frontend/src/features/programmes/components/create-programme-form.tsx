import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod/mini';
import { Field, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { createProgrammeInputSchema, useCreateProgramme, type CreateProgrammeInput } from '../api/create-programme';
import type { Programme } from '../api/get-programmes';

const FIELDS = ['name', 'description', 'startDate', 'endDate', 'leadOrganisation'] as const;
type Values = z.input<typeof createProgrammeInputSchema>;

export function CreateProgrammeForm({ onSuccess }: { onSuccess: (programme: Programme) => void }) {
  const { t } = useTranslation('manage');
  const form = useForm<Values, unknown, CreateProgrammeInput>({
    resolver: zodResolver(createProgrammeInputSchema),
    defaultValues: { name: '', description: '', startDate: '', endDate: '', leadOrganisation: '' },
  });
  const create = useCreateProgramme({
    onSuccess: (programme) => {
      form.reset();
      onSuccess(programme);
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (create.isPending) return;
    create.mutate(values, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={create.error} fields={FIELDS} />
      <TextField label={t('programme.name')} autoComplete="off" error={errors.name?.message} registration={form.register('name')} />
      <Field label={t('programme.description')} error={errors.description?.message}>
        {(control) => <textarea rows={3} {...control} {...form.register('description')} />}
      </Field>
      <TextField label={t('programme.startDate')} type="date" error={errors.startDate?.message} registration={form.register('startDate')} />
      <TextField label={t('programme.endDate')} type="date" error={errors.endDate?.message} registration={form.register('endDate')} />
      <TextField
        label={t('programme.leadOrganisation')}
        autoComplete="organization"
        error={errors.leadOrganisation?.message}
        registration={form.register('leadOrganisation')}
      />
      <SubmitButton pending={create.isPending} pendingLabel={t('programme.submitting')}>
        {t('programme.submit')}
      </SubmitButton>
    </form>
  );
}

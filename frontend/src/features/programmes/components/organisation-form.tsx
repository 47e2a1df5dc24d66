import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { createOrganisationInputSchema, type CreateOrganisationInput, type CreateOrganisationValues } from '../api/create-organisation';
import type { Organisation } from '../api/get-organisations';
import { useUpdateOrganisation } from '../api/update-organisation';

const FIELDS = ['name', 'acronym', 'website'] as const;

/** Corrects a partner organisation's name, acronym and website. */
export function OrganisationForm({
  organisation,
  onSaved,
  onCancel,
}: {
  organisation: Organisation;
  onSaved: (organisation: Organisation) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('manage');
  const headingId = useId();
  const form = useForm<CreateOrganisationValues, unknown, CreateOrganisationInput>({
    resolver: zodResolver(createOrganisationInputSchema),
    defaultValues: { name: organisation.name, acronym: organisation.acronym ?? '', website: organisation.website ?? '' },
  });
  const update = useUpdateOrganisation(organisation.id, { onSuccess: onSaved });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((input) => {
    if (update.isPending) return;
    update.mutate(input, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('organisation.editTitle', { name: organisation.name })}</h3>
      <FormError error={update.error} fields={FIELDS} />
      <TextField label={t('organisation.name')} autoComplete="off" error={errors.name?.message} registration={form.register('name')} />
      <TextField label={t('organisation.acronym')} autoComplete="off" error={errors.acronym?.message} registration={form.register('acronym')} />
      <TextField
        label={t('organisation.website')}
        type="url"
        inputMode="url"
        autoComplete="off"
        error={errors.website?.message}
        registration={form.register('website')}
      />
      <div className="actions">
        <SubmitButton pending={update.isPending} pendingLabel={t('organisation.saving')}>
          {t('organisation.save')}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t('organisation.cancel')}
        </button>
      </div>
    </form>
  );
}

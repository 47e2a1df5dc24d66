import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Field, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { errorMessage } from '@/lib/error-message';
import { createProgrammeInputSchema, useCreateProgramme, type CreateProgrammeInput, type CreateProgrammeValues } from '../api/create-programme';
import { useOrganisations, type Organisation } from '../api/get-organisations';
import type { Programme } from '../api/get-programmes';
import { useUpdateProgramme } from '../api/update-programme';
import { AddOrganisation } from './add-organisation';

const FIELDS = ['name', 'description', 'startDate', 'endDate', 'leadOrganisation', 'partnerIds'] as const;

const valuesOf = (programme?: Programme): CreateProgrammeValues => ({
  name: programme?.name ?? '',
  description: programme?.description ?? '',
  startDate: programme?.startDate ?? '',
  endDate: programme?.endDate ?? '',
  leadOrganisation: programme?.leadOrganisation ?? '',
  partnerIds: programme?.partners.map((partner) => partner.id) ?? [],
});

const organisationLabel = (organisation: Organisation) =>
  organisation.acronym && organisation.acronym !== organisation.name ? `${organisation.name} (${organisation.acronym})` : organisation.name;

/** Creates a programme, or, given one, changes it; its partners are chosen among the organisations known, or added here. */
export function ProgrammeForm({ programme, onSuccess }: { programme?: Programme; onSuccess: (programme: Programme) => void }) {
  const { t } = useTranslation('manage');
  const organisations = useOrganisations();
  const form = useForm<CreateProgrammeValues, unknown, CreateProgrammeInput>({
    resolver: zodResolver(createProgrammeInputSchema),
    defaultValues: valuesOf(programme),
  });
  const create = useCreateProgramme({
    onSuccess: (created) => {
      form.reset();
      onSuccess(created);
    },
  });
  const update = useUpdateProgramme(programme?.id ?? '', {
    onSuccess: (saved) => {
      form.reset(valuesOf(saved));
      onSuccess(saved);
    },
  });
  const mutation = programme ? update : create;
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (mutation.isPending) return;
    mutation.mutate(values, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  // Sorted by name; a partner the list does not know (yet) still shows, so it is not dropped silently.
  const known = [...(organisations.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const missing = (programme?.partners ?? []).filter((partner) => !known.some((each) => each.id === partner.id));
  const choices = [...known, ...missing].map((organisation) => ({ value: organisation.id, label: organisationLabel(organisation) }));

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={mutation.error} fields={FIELDS} />
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
      {organisations.isError ? (
        <p className="field__error">{errorMessage(organisations.error)}</p>
      ) : (
        <CheckboxGroup
          legend={t('programme.partners')}
          hint={organisations.isPending ? t('programme.partnersLoading') : choices.length === 0 ? t('programme.partnersNone') : undefined}
          error={errors.partnerIds?.message}
          registration={form.register('partnerIds')}
          options={choices}
        />
      )}
      <AddOrganisation onAdded={(organisation) => form.setValue('partnerIds', [...form.getValues('partnerIds'), organisation.id], { shouldDirty: true })} />
      <SubmitButton pending={mutation.isPending} pendingLabel={programme ? t('programme.saving') : t('programme.submitting')}>
        {programme ? t('programme.save') : t('programme.submit')}
      </SubmitButton>
    </form>
  );
}

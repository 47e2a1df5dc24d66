import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type KeyboardEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { applyFieldErrors } from '@/lib/form';
import {
  createOrganisationInputSchema,
  useCreateOrganisation,
  type CreateOrganisationInput,
  type CreateOrganisationValues,
} from '../api/create-organisation';
import type { Organisation } from '../api/get-organisations';

const FIELDS = ['name', 'acronym', 'website'] as const;

/**
 * A partner missing from the list is added without leaving the programme's form. It sits inside that
 * form, where HTML allows no second form: its button and Enter key submit it alone.
 */
export function AddOrganisation({ onAdded }: { onAdded: (organisation: Organisation) => void }) {
  const { t } = useTranslation('manage');
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<CreateOrganisationValues, unknown, CreateOrganisationInput>({
    resolver: zodResolver(createOrganisationInputSchema),
    defaultValues: { name: '', acronym: '', website: '' },
  });
  const create = useCreateOrganisation({
    onSuccess: (organisation) => {
      form.reset();
      setAdded(organisation.name);
      onAdded(organisation);
    },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit((input) => {
    if (create.isPending) return;
    setAdded(null);
    create.mutate(input, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <details className="disclosure">
      <summary>{t('organisation.add')}</summary>
      <fieldset className="field" onKeyDown={onKeyDown}>
        <legend className="visually-hidden">{t('organisation.add')}</legend>
        <SuccessStatus>{added && t('organisation.added', { name: added })}</SuccessStatus>
        <FormError error={create.error} fields={FIELDS} />
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
        <p>
          <button type="button" className="button" aria-disabled={create.isPending || undefined} onClick={() => void submit()}>
            {create.isPending ? t('organisation.adding') : t('organisation.submit')}
          </button>
        </p>
      </fieldset>
    </details>
  );
}

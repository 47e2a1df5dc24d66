import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { viewerTimeZone } from '@/lib/dates';
import { applyFieldErrors } from '@/lib/form';
import { createSessionInputSchema, useCreateSession, type CreateSessionInput, type CreateSessionValues } from '../api/create-session';

const FIELDS = ['title', 'startsAt', 'endsAt', 'location'] as const;

export function AddSessionForm({ activityId }: { activityId: string }) {
  const { t } = useTranslation('manage');
  const [added, setAdded] = useState(false);
  const form = useForm<CreateSessionValues, unknown, CreateSessionInput>({
    resolver: zodResolver(createSessionInputSchema),
    defaultValues: { title: '', startsAt: '', endsAt: '', location: '' },
  });
  const create = useCreateSession(activityId, {
    onSuccess: () => {
      form.reset();
      setAdded(true);
    },
  });
  const { errors } = form.formState;
  const hint = t('session.hint', { zone: viewerTimeZone() });

  const onSubmit = form.handleSubmit((input) => {
    if (create.isPending) return;
    setAdded(false);
    create.mutate(input, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-labelledby="add-session">
      <h3 id="add-session">{t('session.add')}</h3>
      <SuccessStatus>{added && t('session.done')}</SuccessStatus>
      <FormError error={create.error} fields={FIELDS} />
      <TextField label={t('session.title')} autoComplete="off" error={errors.title?.message} registration={form.register('title')} />
      <TextField label={t('session.startsAt')} hint={hint} type="datetime-local" error={errors.startsAt?.message} registration={form.register('startsAt')} />
      <TextField label={t('session.endsAt')} hint={hint} type="datetime-local" error={errors.endsAt?.message} registration={form.register('endsAt')} />
      <TextField label={t('session.location')} error={errors.location?.message} registration={form.register('location')} />
      <SubmitButton pending={create.isPending} pendingLabel={t('session.submitting')}>
        {t('session.submit')}
      </SubmitButton>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { toDateTimeLocal, viewerTimeZone } from '@/lib/dates';
import { applyFieldErrors } from '@/lib/form';
import { createSessionInputSchema, useCreateSession, type CreateSessionInput, type CreateSessionValues } from '../api/create-session';
import type { Session } from '../api/get-sessions';
import { useUpdateSession } from '../api/update-session';

const FIELDS = ['title', 'startsAt', 'endsAt', 'location'] as const;

type Props = {
  activityId: string;
  /** Given, the form changes this session; otherwise it adds one. */
  session?: Session;
  onSaved?: () => void;
  onCancel?: () => void;
};

/** Adds a session to the activity, or changes one: the API takes the same body for both. */
export function SessionForm({ activityId, session, onSaved, onCancel }: Props) {
  const { t } = useTranslation('manage');
  const headingId = useId();
  const [added, setAdded] = useState(false);
  const form = useForm<CreateSessionValues, unknown, CreateSessionInput>({
    resolver: zodResolver(createSessionInputSchema),
    defaultValues: session
      ? { title: session.title, startsAt: toDateTimeLocal(session.startsAt), endsAt: toDateTimeLocal(session.endsAt), location: session.location ?? '' }
      : { title: '', startsAt: '', endsAt: '', location: '' },
  });
  const create = useCreateSession(activityId, {
    onSuccess: () => {
      form.reset();
      setAdded(true);
      onSaved?.();
    },
  });
  const update = useUpdateSession(activityId, { onSuccess: () => onSaved?.() });
  const mutation = session ? update : create;
  const { errors } = form.formState;
  const hint = t('session.hint', { zone: viewerTimeZone() });

  const onSubmit = form.handleSubmit((input) => {
    if (mutation.isPending) return;
    setAdded(false);
    const onError = (error: Error) => applyFieldErrors(error, form.setError, FIELDS);
    if (session) update.mutate({ sessionId: session.id, input }, { onError });
    else create.mutate(input, { onError });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-labelledby={headingId}>
      <h3 id={headingId}>{session ? t('session.edit', { title: session.title }) : t('session.add')}</h3>
      {!session && <SuccessStatus>{added && t('session.done')}</SuccessStatus>}
      <FormError error={mutation.error} fields={FIELDS} />
      <TextField label={t('session.title')} autoComplete="off" error={errors.title?.message} registration={form.register('title')} />
      <TextField label={t('session.startsAt')} hint={hint} type="datetime-local" error={errors.startsAt?.message} registration={form.register('startsAt')} />
      <TextField label={t('session.endsAt')} hint={hint} type="datetime-local" error={errors.endsAt?.message} registration={form.register('endsAt')} />
      <TextField label={t('session.location')} error={errors.location?.message} registration={form.register('location')} />
      <div className="actions">
        <SubmitButton pending={mutation.isPending} pendingLabel={session ? t('session.saving') : t('session.submitting')}>
          {session ? t('session.save') : t('session.submit')}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('session.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { Field, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { toDateTimeLocal, viewerTimeZone } from '@/lib/dates';
import { applyFieldErrors } from '@/lib/form';
import { ApiError } from '@/lib/problem';
import { createSessionInputSchema, useCreateSession, type CreateSessionInput, type CreateSessionValues } from '../api/create-session';
import { useActivity } from '../api/get-activity';
import { useSeatedPeople } from '../api/get-seated-people';
import type { Session } from '../api/get-sessions';
import { useUpdateSession } from '../api/update-session';

const FIELDS = ['title', 'startsAt', 'endsAt', 'location', 'coacheeId', 'coachNotes'] as const;

/** Server messageKeys about the coachee, translated here until the problems namespace knows them. */
const COACHING_KEYS = ['activity.coaching-accelerator-only', 'activity.coachee-not-enrolled'] as const;

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
  const { t: ta } = useTranslation('activities');
  const headingId = useId();
  // Coaching sessions belong to accelerator cohorts: only there can a session be held with one SME.
  const activity = useActivity(activityId);
  const cohort = activity.data?.type === 'ACCELERATOR_COHORT';
  const seated = useSeatedPeople(activityId, { enabled: cohort });
  const [added, setAdded] = useState(false);
  const form = useForm<CreateSessionValues, unknown, CreateSessionInput>({
    resolver: zodResolver(createSessionInputSchema),
    defaultValues: session
      ? {
          title: session.title,
          startsAt: toDateTimeLocal(session.startsAt),
          endsAt: toDateTimeLocal(session.endsAt),
          location: session.location ?? '',
          coacheeId: session.coacheeId ?? '',
          coachNotes: session.coachNotes ?? '',
        }
      : { title: '', startsAt: '', endsAt: '', location: '', coacheeId: '', coachNotes: '' },
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
  const coacheeId = form.watch('coacheeId');
  const people = seated.data ?? [];
  const coacheeOptions = [
    { value: '', label: ta('coaching.everyone') },
    ...people.map((person) => ({ value: person.userId, label: person.displayName })),
    // Changing a coaching session whose SME no longer holds a seat: she stays chosen, and the server says why it refuses.
    ...(session?.coacheeId && !people.some((person) => person.userId === session.coacheeId)
      ? [{ value: session.coacheeId, label: ta('coaching.formerCoachee', { name: session.coacheeName ?? session.coacheeId }) }]
      : []),
  ];

  const onSubmit = form.handleSubmit((input) => {
    if (mutation.isPending) return;
    setAdded(false);
    const onError = (error: Error) => {
      applyFieldErrors(error, form.setError, FIELDS);
      if (!(error instanceof ApiError)) return;
      for (const fieldError of error.fieldErrors) {
        const key = COACHING_KEYS.find((each) => each === fieldError.messageKey);
        if (fieldError.field === 'coacheeId' && key) form.setError('coacheeId', { type: 'server', message: ta(`coaching.errors.${key}`) });
      }
    };
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
      {cohort &&
        (seated.isSuccess ? (
          <SelectField
            label={ta('coaching.coachee')}
            hint={ta('coaching.coacheeHint')}
            error={errors.coacheeId?.message}
            registration={form.register('coacheeId')}
            options={coacheeOptions}
          />
        ) : seated.isError ? (
          <ErrorAlert>{ta('coaching.peopleFailed')}</ErrorAlert>
        ) : (
          <p aria-busy="true" className="skeleton-text">
            {ta('coaching.loadingPeople')}
          </p>
        ))}
      {cohort && coacheeId !== '' && (
        <Field label={ta('coaching.notes')} hint={ta('coaching.notesHint')} error={errors.coachNotes?.message}>
          {(control) => <textarea rows={4} maxLength={5000} {...control} {...form.register('coachNotes')} />}
        </Field>
      )}
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

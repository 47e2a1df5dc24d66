import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { EmailField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { enrolDirectlyInputSchema, useEnrolDirectly, type EnrolDirectlyRequest, type EnrolDirectlyValues } from '../api/enrol-directly';
import type { Enrolment } from '../api/get-my-enrolments';

const FIELDS = ['email', 'overCapacity', 'reason'] as const;

/**
 * A manager enrols someone who has an account, by its e-mail address: she gets a seat while there
 * is one, else a place on the waitlist, unless the manager gives a seat over capacity with a reason.
 */
export function DirectEnrolmentForm({ activityId }: { activityId: string }) {
  const { t } = useTranslation('manage');
  const headingId = useId();
  const [outcome, setOutcome] = useState<{ email: string; enrolment: Enrolment } | null>(null);
  const form = useForm<EnrolDirectlyValues, unknown, EnrolDirectlyRequest>({
    resolver: zodResolver(enrolDirectlyInputSchema),
    defaultValues: { email: '', overCapacity: false, reason: '' },
  });
  const enrol = useEnrolDirectly(activityId);
  const { errors } = form.formState;
  const overCapacity = form.watch('overCapacity');

  const onSubmit = form.handleSubmit((request) => {
    if (enrol.isPending) return;
    setOutcome(null);
    enrol.mutate(request, {
      onSuccess: (enrolment) => {
        setOutcome({ email: request.email, enrolment });
        form.reset();
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    });
  });

  const message = () => {
    if (!outcome) return null;
    const { email, enrolment } = outcome;
    if (enrolment.status === 'WAITLISTED') return t('direct.waitlisted', { email, position: enrolment.waitlistPosition ?? '?' });
    if (enrolment.status === 'ENROLLED') return t('direct.enrolled', { email });
    return t('direct.other', { email });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('direct.heading')}</h2>
      <p className="field__hint">{t('direct.intro')}</p>
      <SuccessStatus>{message()}</SuccessStatus>
      <FormError error={enrol.error} fields={FIELDS} />
      <EmailField label={t('direct.email')} autoComplete="off" error={errors.email?.message} registration={form.register('email')} />
      <label className="choice">
        <input type="checkbox" {...form.register('overCapacity')} />
        <span>{t('direct.overCapacity')}</span>
      </label>
      {/* Always there, so ticking the box moves nothing on the page. */}
      <TextField
        label={t('direct.reason')}
        hint={t('direct.reasonHint')}
        maxLength={500}
        aria-required={overCapacity || undefined}
        error={errors.reason?.message}
        registration={form.register('reason')}
      />
      <SubmitButton pending={enrol.isPending} pendingLabel={t('direct.submitting')}>
        {t('direct.submit')}
      </SubmitButton>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { ApiError } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/form';
import { checkInInputSchema, useCheckIn, type CheckInInput } from '../api/check-in';
import './attendance.css';

const FIELDS = ['code'] as const;

/** A participant types (or scans) the code her trainer shows and is marked present, or late. */
export function CheckInForm({ sessionId, initialCode = '' }: { sessionId: string; initialCode?: string }) {
  const { t } = useTranslation('attendance');
  const headingId = useId();
  const form = useForm<{ code: string }, unknown, CheckInInput>({
    resolver: zodResolver(checkInInputSchema),
    defaultValues: { code: initialCode.replace(/\D/g, '').slice(0, 6) },
  });
  const checkIn = useCheckIn();
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((input) => {
    if (checkIn.isPending) return;
    checkIn.mutate({ sessionId, input }, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  const done = checkIn.data;
  // 404: she holds no seat; the general message would only say "not found".
  const noSeat = checkIn.error instanceof ApiError && checkIn.error.status === 404;
  const fieldError = checkIn.error instanceof ApiError && checkIn.error.fieldErrors.some((error) => error.field === 'code');
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('checkIn.title')}
      </h2>
      <SuccessStatus>{done && (done.status === 'LATE' ? t('checkIn.late') : t('checkIn.present'))}</SuccessStatus>
      {noSeat ? (
        <ErrorAlert>{t('checkIn.noSeat')}</ErrorAlert>
      ) : (
        !fieldError && <FormError error={checkIn.error} fields={FIELDS} />
      )}
      {!done && (
        <>
          <TextField
            label={t('checkIn.code')}
            hint={t('checkIn.codeHint')}
            className="check-in-input"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            error={errors.code?.message}
            registration={form.register('code')}
          />
          <SubmitButton pending={checkIn.isPending} pendingLabel={t('checkIn.pending')}>
            {t('checkIn.submit')}
          </SubmitButton>
        </>
      )}
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import type { Completion } from '../api/get-completions';
import { revokeCertificateInputSchema, useRevokeCertificate, type RevokeCertificateInput } from '../api/revoke-certificate';

const FIELDS = ['reason'] as const;

/** The reason for revoking one certificate, which the verification page shows. */
function RevocationForm({
  activityId,
  code,
  name,
  onRevoked,
  onCancel,
}: {
  activityId: string;
  code: string;
  name: string;
  onRevoked: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('attendance');
  const revoke = useRevokeCertificate(activityId);
  const form = useForm<{ reason: string }, unknown, RevokeCertificateInput>({
    resolver: zodResolver(revokeCertificateInputSchema),
    defaultValues: { reason: '' },
  });
  const onSubmit = form.handleSubmit((input) => {
    if (revoke.isPending) return;
    revoke.mutate({ code, input }, { onSuccess: onRevoked, onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });
  return (
    <form noValidate onSubmit={onSubmit} className="form" aria-label={`${t('revoke.action')} ${t('rates.for', { name })}`}>
      <p>{t('revoke.lead', { code })}</p>
      <FormError error={revoke.error} fields={FIELDS} />
      <TextField
        label={t('revoke.reason')}
        hint={t('revoke.reasonHint')}
        maxLength={500}
        aria-required
        autoFocus
        error={form.formState.errors.reason?.message}
        registration={form.register('reason')}
      />
      <div className="actions">
        <SubmitButton pending={revoke.isPending} pendingLabel={t('revoke.revoking')}>
          {t('revoke.submit')}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t('rates.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Managers revoke a person's certificate, saying why; she then shows without one. */
export function CertificateRevocation({ activityId, completion }: { activityId: string; completion: Completion }) {
  const { t } = useTranslation('attendance');
  const [asking, setAsking] = useState(false);
  const [revoked, setRevoked] = useState<string | null>(null);
  const code = completion.certificateCode;
  const name = completion.displayName;
  // Until the completions are read again, the revoked code is still listed.
  const revocable = code != null && code !== revoked;

  return (
    <>
      <SuccessStatus>{revoked && t('revoke.done', { code: revoked, name })}</SuccessStatus>
      {revocable &&
        (asking ? (
          <RevocationForm
            activityId={activityId}
            code={code}
            name={name}
            onCancel={() => setAsking(false)}
            onRevoked={() => {
              setRevoked(code);
              setAsking(false);
            }}
          />
        ) : (
          <div className="actions">
            <button type="button" className="button" onClick={() => setAsking(true)}>
              {t('revoke.action')}
              <span className="visually-hidden">: {name}</span>
            </button>
          </div>
        ))}
    </>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '@/components/ui/alert';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { paths } from '@/config/paths';
import { applyFieldErrors } from '@/lib/form';
import { acceptInvitationInputSchema, isInvitationInvalid, useAcceptInvitation, type AcceptInvitationInput } from '../api/accept-invitation';

// The token is not an input: its refusal replaces the form (below).
const FIELDS = ['password', 'confirmation'] as const;

/** The password for an account someone else created for her; setting it signs her in. */
export function InvitationForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const { t } = useTranslation('auth');
  const form = useForm<AcceptInvitationInput>({
    resolver: zodResolver(acceptInvitationInputSchema),
    defaultValues: { password: '', confirmation: '' },
  });
  const accept = useAcceptInvitation(token, { onSuccess });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ password }) => {
    if (accept.isPending) return;
    accept.mutate(password, {
      onError: (error) => {
        if (!isInvitationInvalid(error)) applyFieldErrors(error, form.setError, FIELDS);
      },
    });
  });

  if (isInvitationInvalid(accept.error)) {
    return (
      <ErrorAlert>
        <p>{t('invitation.invalid')}</p>
        <p>
          {t('invitation.invalidNext')} <Link to={paths.auth.signIn.getHref()}>{t('invitation.signInLink')}</Link>
        </p>
      </ErrorAlert>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={accept.error} fields={FIELDS} />
      <PasswordField
        label={t('invitation.password')}
        hint={t('fields.newPasswordHint')}
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register('password')}
      />
      <PasswordField
        label={t('invitation.confirmation')}
        autoComplete="new-password"
        error={errors.confirmation?.message}
        registration={form.register('confirmation')}
      />
      <SubmitButton pending={accept.isPending} pendingLabel={t('invitation.submitting')}>
        {t('invitation.submit')}
      </SubmitButton>
    </form>
  );
}

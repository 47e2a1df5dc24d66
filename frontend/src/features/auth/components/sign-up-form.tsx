import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EmailField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { currentLanguage } from '@/lib/i18n';
import { registerInputSchema, useRegister, type RegisterInput } from '../api/register';

const FIELDS = ['email', 'displayName', 'password'] as const;

export function SignUpForm({ onSuccess }: { onSuccess: (result: { signedIn: boolean }) => void }) {
  const { t } = useTranslation('auth');
  const form = useForm<RegisterInput>({
    resolver: zodResolver(registerInputSchema),
    defaultValues: { email: '', displayName: '', password: '' },
  });
  const registration = useRegister({ onSuccess });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (registration.isPending) return;
    // Her account speaks the language she signed up in; e-mails follow it.
    registration.mutate(
      { ...values, locale: currentLanguage() },
      { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) },
    );
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={registration.error} fields={FIELDS} />
      <TextField
        label={t('fields.displayName')}
        hint={t('fields.displayNameHint')}
        autoComplete="name"
        error={errors.displayName?.message}
        registration={form.register('displayName')}
      />
      <EmailField
        label={t('fields.email')}
        autoComplete="email"
        error={errors.email?.message}
        registration={form.register('email')}
      />
      <PasswordField
        label={t('fields.password')}
        hint={t('fields.newPasswordHint')}
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register('password')}
      />
      <SubmitButton pending={registration.isPending} pendingLabel={t('signUp.submitting')}>
        {t('signUp.submit')}
      </SubmitButton>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EmailField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { loginInputSchema, useLogin, type LoginInput } from '../api/login';

const FIELDS = ['email', 'password'] as const;
const ALIASES = { username: 'email' } as const;

export function SignInForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation('auth');
  const form = useForm<LoginInput>({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { email: '', password: '' },
  });
  const login = useLogin({ onSuccess });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (login.isPending) return;
    login.mutate(values, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS, ALIASES) });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={login.error} fields={FIELDS} aliases={ALIASES} />
      <EmailField
        label={t('fields.email')}
        autoComplete="username"
        error={errors.email?.message}
        registration={form.register('email')}
      />
      <PasswordField label={t('fields.password')} autoComplete="current-password" error={errors.password?.message} registration={form.register('password')} />
      <SubmitButton pending={login.isPending} pendingLabel={t('signIn.submitting')}>
        {t('signIn.submit')}
      </SubmitButton>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SuccessStatus } from '@/components/ui/alert';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { changePasswordInputSchema, useChangePassword, type ChangePasswordInput } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;
const EMPTY: ChangePasswordInput = { currentPassword: '', newPassword: '' };

/** email tells password managers which saved login the new password replaces. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation('profile');
  const [changed, setChanged] = useState(false);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordInputSchema),
    defaultValues: EMPTY,
  });
  const change = useChangePassword();
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    if (change.isPending) return;
    change.mutate(values, {
      onSuccess: () => {
        form.reset(EMPTY);
        setChanged(true);
      },
      onError: (error) => applyFieldErrors(error, form.setError, FIELDS),
    });
  });

  // A second attempt, even one the checks stop, must not leave the last confirmation showing.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setChanged(false);
    void submit(event);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="form" onChange={() => setChanged(false)}>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormError error={change.error} fields={FIELDS} />
      <PasswordField
        label={t('password.current')}
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        registration={form.register('currentPassword')}
      />
      <PasswordField
        label={t('password.new')}
        hint={t('password.newHint')}
        autoComplete="new-password"
        error={errors.newPassword?.message}
        registration={form.register('newPassword')}
      />
      <SuccessStatus>{changed ? t('password.changed') : null}</SuccessStatus>
      <SubmitButton pending={change.isPending} pendingLabel={t('password.submitting')}>
        {t('password.submit')}
      </SubmitButton>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, EmailField, SelectField, TextField } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { PasswordField } from '@/components/ui/password-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { applyFieldErrors } from '@/lib/form';
import { currentLanguage, LANGUAGES } from '@/lib/i18n';
import { createUserInputSchema, STAFF_ROLES, useCreateUser, type CreateUserInput } from '../api/create-user';
import type { User } from '../api/get-users';

const FIELDS = ['email', 'displayName', 'password', 'roles', 'locale'] as const;

export function CreateUserForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation('users');
  const { t: tc } = useTranslation();
  const form = useForm<CreateUserInput>({
    resolver: zodResolver(createUserInputSchema),
    defaultValues: { email: '', displayName: '', password: '', roles: [], locale: currentLanguage() },
  });
  const create = useCreateUser({ onSuccess });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((values) => {
    if (create.isPending) return;
    create.mutate(values, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form">
      <FormError error={create.error} fields={FIELDS} />
      <TextField label={t('create.displayName')} autoComplete="off" error={errors.displayName?.message} registration={form.register('displayName')} />
      <EmailField
        label={t('create.email')}
        autoComplete="off"
        error={errors.email?.message}
        registration={form.register('email')}
      />
      <PasswordField
        label={t('create.password')}
        hint={t('create.passwordHint')}
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register('password')}
      />
      <CheckboxGroup
        legend={t('create.roles')}
        error={errors.roles?.message}
        registration={form.register('roles')}
        options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <SelectField
        label={t('create.locale')}
        hint={t('create.localeHint')}
        error={errors.locale?.message}
        registration={form.register('locale')}
        options={LANGUAGES.map((language) => ({ value: language, label: tc(`languages.${language}`), lang: language }))}
      />
      <SubmitButton pending={create.isPending} pendingLabel={t('create.submitting')}>
        {t('create.submit')}
      </SubmitButton>
    </form>
  );
}

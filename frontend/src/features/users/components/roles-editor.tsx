import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import { SubmitButton } from '@/components/ui/submit-button';
import { ROLES, type Role } from '@/lib/auth';
import { applyFieldErrors } from '@/lib/form';
import { updateUserRolesInputSchema, useUpdateUserRoles, type UpdateUserRolesInput } from '../api/update-user-roles';
import type { User } from '../api/get-users';

const FIELDS = ['roles'] as const;

export function RolesEditor({ user, onDone }: { user: User; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation('users');
  const form = useForm<UpdateUserRolesInput>({
    resolver: zodResolver(updateUserRolesInputSchema),
    defaultValues: { roles: user.roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)) },
  });
  const update = useUpdateUserRoles({ onSuccess: () => onDone(true) });

  const onSubmit = form.handleSubmit((values) => {
    if (update.isPending) return;
    update.mutate({ id: user.id, ...values }, { onError: (error) => applyFieldErrors(error, form.setError, FIELDS) });
  });

  return (
    <form noValidate onSubmit={onSubmit} className="form form--inline">
      <FormError error={update.error} fields={FIELDS} />
      <CheckboxGroup
        legend={t('rolesEditor.legend', { name: user.displayName })}
        error={form.formState.errors.roles?.message}
        registration={form.register('roles')}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
      <div className="actions">
        <SubmitButton pending={update.isPending} pendingLabel={t('rolesEditor.saving')}>
          {t('rolesEditor.save')}
        </SubmitButton>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('rolesEditor.cancel')}
        </button>
      </div>
    </form>
  );
}

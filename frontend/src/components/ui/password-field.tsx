import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

/** A password input with a "show password" switch: typing blind on a phone keyboard is error-prone. */
export function PasswordField({
  label,
  hint,
  error,
  registration,
  autoComplete,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  autoComplete: 'current-password' | 'new-password';
}) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input type={visible ? 'text' : 'password'} autoComplete={autoComplete} spellCheck={false} autoCapitalize="none" {...control} {...registration} />
          <label className="choice choice--small">
            <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
            <span>{t('form.showPassword')}</span>
          </label>
        </>
      )}
    </Field>
  );
}
